package io.veritag.model.gold;

import io.veritag.model.Label;
import io.veritag.model.SourceType;
import java.util.Objects;

/**
 * A span of the gold layer: the curated truth for one article. UTF-16 offsets, end-exclusive. A gold SOURCE
 * span carries the source type the curator settled, or null while it is not settled; no other span has one.
 */
public record GoldSpan(long id, long articleId, int start, int end, String label, SourceType sourceType) {
    public GoldSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("gold span offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (sourceType != null && !Label.SOURCE.equals(label)) {
            throw new IllegalArgumentException("a source type goes with a SOURCE span, and only there");
        }
    }

    /** A gold span without a source type. */
    public GoldSpan(long id, long articleId, int start, int end, String label) {
        this(id, articleId, start, end, label, null);
    }

    public LabeledRange range() {
        return new LabeledRange(start, end, label);
    }

    public boolean isSource() {
        return Label.SOURCE.equals(label);
    }

    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }
}
