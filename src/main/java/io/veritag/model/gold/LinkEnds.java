package io.veritag.model.gold;

import io.veritag.model.LinkType;
import java.util.Objects;

/** What a gold link joins, without identity: from one gold span to another, of one type. */
public record LinkEnds(long fromGoldSpanId, long toGoldSpanId, LinkType type) {
    public LinkEnds {
        Objects.requireNonNull(type, "type");
    }
}
