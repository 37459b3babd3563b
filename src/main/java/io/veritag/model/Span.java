package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A labeled stretch of an article's text, by one annotator.
 * Offsets are UTF-16 indices into {@link Article#text()}, end-exclusive.
 */
public record Span(long id, long articleId, long annotatorId, int start, int end, String label, String note,
                   Instant createdAt, Instant updatedAt) {
    public Span {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }
}
