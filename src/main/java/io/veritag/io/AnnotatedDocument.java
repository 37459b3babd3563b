package io.veritag.io;

import io.veritag.model.ArticleStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article as annotated by one layer (an annotator's name, or "gold"): the unit every format writes.
 * Spans are ordered by start, end, label and never cut a surrogate pair; links join spans of this document by
 * their keys.
 */
public record AnnotatedDocument(ArticleData article, String annotator, ArticleStatus status, List<LabeledSpan> spans,
                                List<LabeledLink> links) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(status, "status");
        spans = List.copyOf(spans);
        links = List.copyOf(links);
    }

    /** A document without links. */
    public AnnotatedDocument(ArticleData article, String annotator, ArticleStatus status, List<LabeledSpan> spans) {
        this(article, annotator, status, spans, List.of());
    }

    /** The spans by key (spans with key 0, which no link can name, left out). */
    public Map<Long, LabeledSpan> spansByKey() {
        Map<Long, LabeledSpan> byKey = new HashMap<>();
        for (LabeledSpan span : spans) {
            if (span.key() != 0) {
                byKey.put(span.key(), span);
            }
        }
        return byKey;
    }
}
