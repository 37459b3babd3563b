package io.veritag.agreement.adjudication;

import io.veritag.model.Span;
import io.veritag.model.gold.LabeledRange;
import java.util.List;

/** One distinct (start, end, label) within a group, with the annotators' spans that have it, in annotator order. */
public record SpanVersion(LabeledRange range, List<Span> spans) {
    public SpanVersion {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a version needs at least one span");
        }
    }

    public List<Long> annotatorIds() {
        return spans.stream().map(Span::annotatorId).toList();
    }

    public boolean proposedBy(long annotatorId) {
        return spans.stream().anyMatch(s -> s.annotatorId() == annotatorId);
    }
}
