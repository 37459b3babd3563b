package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A labeled stretch of an article's text, by one annotator.
 * Offsets are UTF-16 indices into {@link Article#text()}, end-exclusive.
 * A span labeled {@link Label#SOURCE} says who speaks and carries a {@link SourceType}; no other span does.
 * {@code unsure} is the annotator's own doubt; {@code guidelineVersion} the version of the label's guideline
 * the span was made under (null for spans from before guidelines, and for imports).
 */
public record Span(long id, long articleId, long annotatorId, int start, int end, String label, String note,
                   Instant createdAt, Instant updatedAt, SourceType sourceType, boolean unsure, Integer guidelineVersion) {
    public Span {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if ((sourceType != null) != Label.SOURCE.equals(label)) {
            throw new IllegalArgumentException("a source type goes with a SOURCE span, and only there");
        }
    }

    /** A labeled span without flags (not a source). */
    public Span(long id, long articleId, long annotatorId, int start, int end, String label, String note,
                Instant createdAt, Instant updatedAt) {
        this(id, articleId, annotatorId, start, end, label, note, createdAt, updatedAt, null, false, null);
    }

    public boolean isSource() {
        return sourceType != null;
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
