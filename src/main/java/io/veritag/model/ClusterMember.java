package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/** One span's place in a claim cluster (a span is in at most one cluster). */
public record ClusterMember(long spanId, long clusterId, long articleId, long annotatorId, String label,
                            ClusterRole role, Instant addedAt) {
    public ClusterMember {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }

    public ClusterMember inCluster(long otherCluster) {
        return new ClusterMember(spanId, otherCluster, articleId, annotatorId, label, role, addedAt);
    }
}
