package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/** A link of one annotator from one span to another in the same article (see {@link LinkType}). */
public record Link(long id, long articleId, long annotatorId, long fromSpanId, long toSpanId, LinkType type,
                   Instant createdAt) {
    public Link {
        Objects.requireNonNull(type, "type");
        if (fromSpanId == toSpanId) {
            throw new IllegalArgumentException("a span cannot link to itself");
        }
    }

    public boolean touches(long spanId) {
        return fromSpanId == spanId || toSpanId == spanId;
    }

    /** The other end seen from {@code spanId}. */
    public long otherEnd(long spanId) {
        return fromSpanId == spanId ? toSpanId : fromSpanId;
    }
}
