package io.veritag.service;

/** A stretch of text as UTF-16 offsets, end-exclusive; never empty. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("range must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
