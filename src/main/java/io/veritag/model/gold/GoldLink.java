package io.veritag.model.gold;

import io.veritag.model.LinkType;
import java.util.Objects;

/** A link of the gold layer between two gold spans of one article (the rules of {@link LinkType}). */
public record GoldLink(long id, long articleId, long fromGoldSpanId, long toGoldSpanId, LinkType type) {
    public GoldLink {
        Objects.requireNonNull(type, "type");
        if (fromGoldSpanId == toGoldSpanId) {
            throw new IllegalArgumentException("a gold span cannot link to itself");
        }
    }

    public LinkEnds ends() {
        return new LinkEnds(fromGoldSpanId, toGoldSpanId, type);
    }

    public boolean touches(long goldSpanId) {
        return fromGoldSpanId == goldSpanId || toGoldSpanId == goldSpanId;
    }
}
