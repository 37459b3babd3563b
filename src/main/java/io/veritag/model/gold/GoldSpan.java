package io.veritag.model.gold;

import java.util.Objects;

/** A span of the gold layer: the curated truth for one article. UTF-16 offsets, end-exclusive. */
public record GoldSpan(long id, long articleId, int start, int end, String label) {
    public GoldSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("gold span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public LabeledRange range() {
        return new LabeledRange(start, end, label);
    }

    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }
}
