package io.veritag.service.claims;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import java.util.Optional;

/**
 * A claim like the one asked about, in another article: the span (with its article, outlet and date), the cluster
 * it is in (empty if none) and how alike the two are (Lucene's score; only the order means anything).
 */
public record ClaimCandidate(ClaimSpan span, ClaimCluster cluster, double score) {
    public Optional<ClaimCluster> inCluster() {
        return Optional.ofNullable(cluster);
    }
}
