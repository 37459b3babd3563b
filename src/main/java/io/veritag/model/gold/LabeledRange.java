package io.veritag.model.gold;

import java.util.Objects;

/** Offsets and label of a span, without identity: what a gold span looked like before or after a decision. */
public record LabeledRange(int start, int end, String label) {
    public LabeledRange {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public boolean sameExtent(LabeledRange other) {
        return start == other.start && end == other.end;
    }

    public boolean overlaps(LabeledRange other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ") " + label;
    }
}
