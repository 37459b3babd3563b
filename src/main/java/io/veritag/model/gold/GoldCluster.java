package io.veritag.model.gold;

import java.util.Objects;

/**
 * A claim cluster of the gold layer: gold CLAIM spans from any articles that assert the same thing, under a
 * canonical wording (gold DENIAL and SPECULATION spans can be attached). A gold cluster exists while something is
 * in it: the decision that takes out its last span deletes it, and undo or redo brings it back under its id.
 */
public record GoldCluster(long id, String canonical) {
    public GoldCluster {
        Objects.requireNonNull(canonical, "canonical");
    }
}
