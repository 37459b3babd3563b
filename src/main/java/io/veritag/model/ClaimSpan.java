package io.veritag.model;

import java.util.Objects;

/**
 * A labeled span seen from the claims side: where it stands (article, outlet, date), its text and the cluster it
 * is in (null if none). Offsets are UTF-16, as everywhere inside the program.
 */
public record ClaimSpan(long spanId, long annotatorId, long articleId, String articleExternalId, String title,
                        String outlet, String published, int start, int end, String label, String text, Long clusterId) {
    public ClaimSpan {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
