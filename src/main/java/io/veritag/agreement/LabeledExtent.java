package io.veritag.agreement;

import io.veritag.model.Span;
import java.util.List;
import java.util.Objects;

/** What the measures need of a span: its extent (end-exclusive, in the caller's offset unit) and label. */
public record LabeledExtent(int start, int end, String label) {
    public LabeledExtent {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public static LabeledExtent of(Span span) {
        return new LabeledExtent(span.start(), span.end(), span.label());
    }

    public static List<LabeledExtent> of(List<Span> spans) {
        return spans.stream().map(LabeledExtent::of).toList();
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(LabeledExtent other) {
        return start < other.end && other.start < end;
    }

    public boolean sameExtent(LabeledExtent other) {
        return start == other.start && end == other.end;
    }
}
