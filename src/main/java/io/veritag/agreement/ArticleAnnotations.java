package io.veritag.agreement;

import java.util.List;
import java.util.Objects;

/**
 * One article as the measures see it: its text and, per compared annotator (same order as
 * {@link AgreementInput#annotators()}), that annotator's spans in UTF-16 offsets of the text, and its source spans,
 * links and span flags (see {@link AnnotatorLinks}).
 */
public record ArticleAnnotations(long articleId, String title, String text, List<List<LabeledExtent>> spansByAnnotator,
                                 List<AnnotatorLinks> linksByAnnotator) {
    /** Spans only: no links, no flags. */
    public ArticleAnnotations(long articleId, String title, String text, List<List<LabeledExtent>> spansByAnnotator) {
        this(articleId, title, text, spansByAnnotator,
                java.util.Collections.nCopies(spansByAnnotator.size(), AnnotatorLinks.NONE));
    }

    public ArticleAnnotations {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        // each annotator's list copied too: immutable, and of the same few list classes whatever the caller passed,
        // which keeps the measures' list reads cheap
        spansByAnnotator = spansByAnnotator.stream().map(List::copyOf).toList();
        linksByAnnotator = List.copyOf(linksByAnnotator);
        if (linksByAnnotator.size() != spansByAnnotator.size()) {
            throw new IllegalArgumentException("article " + articleId + ": links of " + linksByAnnotator.size()
                    + " annotators for spans of " + spansByAnnotator.size());
        }
        for (int r = 0; r < spansByAnnotator.size(); r++) {
            AnnotatorLinks links = linksByAnnotator.get(r);
            int spans = spansByAnnotator.get(r).size() + links.sources().size();
            for (LabeledExtent source : links.sources()) {
                if (source.end() > text.length()) {
                    throw new IllegalArgumentException("article " + articleId + ": source span [" + source.start()
                            + ", " + source.end() + ") ends after the text (" + text.length() + " characters)");
                }
            }
            if (!links.flags().isEmpty() && links.flags().size() != spans) {
                throw new IllegalArgumentException("article " + articleId + ": " + links.flags().size()
                        + " span flags for " + spans + " spans");
            }
            for (ExtentLink link : links.links()) {
                if (link.from() >= spans || link.to() >= spans) {
                    throw new IllegalArgumentException("article " + articleId + ": a link names span "
                            + Math.max(link.from(), link.to()) + " of " + spans);
                }
            }
        }
        for (List<LabeledExtent> spans : spansByAnnotator) {
            for (LabeledExtent span : spans) {
                if (span.end() > text.length()) {
                    throw new IllegalArgumentException("article " + articleId + ": span [" + span.start() + ", "
                            + span.end() + ") ends after the text (" + text.length() + " characters)");
                }
            }
        }
    }
}
