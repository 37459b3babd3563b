package io.veritag.model;

/** How a span belongs to a claim cluster: a CLAIM is a member; a DENIAL or SPECULATION is attached to it. */
public enum ClusterRole {
    MEMBER,
    ATTACHED;

    /** The role a span of that label takes, or null if the label cannot be in a cluster (SOURCE). */
    public static ClusterRole of(String label) {
        return switch (label) {
            case Label.CLAIM -> MEMBER;
            case "DENIAL", "SPECULATION" -> ATTACHED;
            default -> null;
        };
    }
}
