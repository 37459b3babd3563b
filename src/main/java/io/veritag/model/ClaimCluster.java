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

    /**
     * A claim span's text as a first wording: white space made single spaces, cut to {@link #MAX_CANONICAL}
     * (never between the two halves of a surrogate pair), {@code claim N} when nothing is left.
     */
    public static String wordingOf(String spanText, long spanId) {
        String text = spanText.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "claim " + spanId;
        }
        if (text.length() > MAX_CANONICAL) {
            int cut = MAX_CANONICAL;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut);
        }
        return text;
    }

    public ClaimCluster withCanonical(String wording, Instant at) {
        return new ClaimCluster(id, annotatorId, wording, settled, createdAt, at);
    }
}
