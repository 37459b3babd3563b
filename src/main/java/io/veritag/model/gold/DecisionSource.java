package io.veritag.model.gold;

import java.util.Objects;

/**
 * An annotator span as it was when a decision was taken over it. {@code chosen} marks the spans whose
 * version became gold: the annotators who proposed it.
 */
public record DecisionSource(long spanId, long annotatorId, String annotatorName, int start, int end, String label,
                             boolean chosen) {
    public DecisionSource {
        Objects.requireNonNull(annotatorName, "annotatorName");
        Objects.requireNonNull(label, "label");
    }

    public LabeledRange range() {
        return new LabeledRange(start, end, label);
    }
}
