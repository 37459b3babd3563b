package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim cluster of one annotator's layer: CLAIM spans from any articles that assert the same thing, under an
 * editable canonical wording. {@code settled} marks a cluster a curator has checked.
 */
public record ClaimCluster(long id, long annotatorId, String canonical, boolean settled, Instant createdAt,
                           Instant updatedAt) {
    /** The longest canonical wording the database keeps. */
    public static final int MAX_CANONICAL = 1000;

    public ClaimCluster {
        Objects.requireNonNull(canonical, "canonical");
    }

    public ClaimCluster withCanonical(String wording, Instant at) {
        return new ClaimCluster(id, annotatorId, wording, settled, createdAt, at);
    }
}
