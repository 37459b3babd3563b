package io.veritag.io;

import java.util.Objects;

/** A span as exchanged with the formats: UTF-16 offsets into the article text, end-exclusive. */
public record LabeledSpan(int start, int end, String label, String note) {
    public LabeledSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
