package io.veritag.suggest;

import java.util.Objects;

/**
 * A span a recommender proposes: UTF-16 offsets into the article text, end-exclusive, the label, the
 * recommender that made it and how sure it is (0..1; 1 for rule-based recommenders). Not a span until accepted.
 */
public record Suggestion(int start, int end, String label, String recommender, double confidence) {
    public Suggestion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(recommender, "recommender");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public boolean sameSpan(int otherStart, int otherEnd, String otherLabel) {
        return start == otherStart && end == otherEnd && label.equals(otherLabel);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
