package io.veritag.model.gold;

import io.veritag.model.SourceType;
import java.util.Objects;

/**
 * An annotator span as it was when a decision was taken over it (with its source type, for a SOURCE span).
 * {@code chosen} marks the spans whose version became gold: the annotators who proposed it.
 */
public record DecisionSource(long spanId, long annotatorId, String annotatorName, int start, int end, String label,
                             boolean chosen, SourceType sourceType) {
    public DecisionSource {
        Objects.requireNonNull(annotatorName, "annotatorName");
        Objects.requireNonNull(label, "label");
    }

    public DecisionSource(long spanId, long annotatorId, String annotatorName, int start, int end, String label,
                          boolean chosen) {
        this(spanId, annotatorId, annotatorName, start, end, label, chosen, null);
    }

    public LabeledRange range() {
        return new LabeledRange(start, end, label);
    }
}
