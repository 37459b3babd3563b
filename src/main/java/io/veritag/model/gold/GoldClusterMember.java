package io.veritag.model.gold;

import io.veritag.model.ClusterRole;
import java.util.Objects;

/** A gold span in a gold claim cluster: a CLAIM as a member, a DENIAL or SPECULATION attached. */
public record GoldClusterMember(long goldSpanId, long articleId, String label, long clusterId, ClusterRole role) {
    public GoldClusterMember {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }
}
