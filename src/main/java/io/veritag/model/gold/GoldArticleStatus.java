package io.veritag.model.gold;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where the adjudication of one article stands, as stored with its last decision.
 *
 * @param annotators the annotators compared, by name
 * @param settled    disagreements settled so far
 * @param total      disagreements found
 */
public record GoldArticleStatus(long articleId, List<String> annotators, boolean done, int settled, int total,
                                String curator, Instant updatedAt) {
    public GoldArticleStatus {
        annotators = List.copyOf(annotators);
        Objects.requireNonNull(curator, "curator");
    }
}
