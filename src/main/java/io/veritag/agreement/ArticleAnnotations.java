package io.veritag.agreement;

import java.util.List;
import java.util.Objects;

/**
 * One article as the measures see it: its text and, per compared annotator (same order as
 * {@link AgreementInput#annotators()}), that annotator's spans in UTF-16 offsets of the text.
 */
public record ArticleAnnotations(long articleId, String title, String text, List<List<LabeledExtent>> spansByAnnotator) {
    public ArticleAnnotations {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        spansByAnnotator = List.copyOf(spansByAnnotator);
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
