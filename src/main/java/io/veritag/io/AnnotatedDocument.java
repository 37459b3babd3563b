package io.veritag.io;

import io.veritag.model.ArticleStatus;
import java.util.List;
import java.util.Objects;

/**
 * One article as annotated by one layer (an annotator's name, or "gold"): the unit every format writes.
 * Spans are ordered by start, end, label and never cut a surrogate pair.
 */
public record AnnotatedDocument(ArticleData article, String annotator, ArticleStatus status, List<LabeledSpan> spans) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(status, "status");
        spans = List.copyOf(spans);
    }
}
