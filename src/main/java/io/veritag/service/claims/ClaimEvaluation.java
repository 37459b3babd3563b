package io.veritag.service.claims;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.model.Label;
import io.veritag.store.Store;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How well the candidates find the right cluster ({@code veritag claims --evaluate}): for every CLAIM of a settled
 * cluster that has a member in another article, the candidates of that claim (its own article left out, as in the
 * window) are asked for; a hit at k is its own cluster among the first k. Recall@k is hits over such claims,
 * undefined when there is none.
 */
public final class ClaimEvaluation {
    private final Store store;
    private final ClaimCandidates candidates;

    public ClaimEvaluation(Store store, ClaimCandidates candidates) {
        this.store = store;
        this.candidates = candidates;
    }

    /** The figures of one layer. */
    public record Result(String layer, int clusters, int queries, int hitsAt1, int hitsAt5, double meanReciprocalRank) {
        public OptionalDouble recallAt1() {
            return queries == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hitsAt1 / queries);
        }

        public OptionalDouble recallAt5() {
            return queries == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hitsAt5 / queries);
        }

        public OptionalDouble mrr() {
            return queries == 0 ? OptionalDouble.empty() : OptionalDouble.of(meanReciprocalRank);
        }
    }

    /** @param settledOnly only clusters a curator settled (the honest figure); false takes every cluster */
    public Result evaluate(Annotator layer, boolean settledOnly) {
        int clusters = 0;
        int queries = 0;
        int hits1 = 0;
        int hits5 = 0;
        double reciprocal = 0;
        for (ClaimCluster cluster : store.clusters().forAnnotator(layer.id())) {
            if (settledOnly && !cluster.settled()) {
                continue;
            }
            List<ClaimSpan> members = store.clusters().clusterSpans(cluster.id()).stream()
                    .filter(s -> Label.CLAIM.equals(s.label())).toList();
            if (members.stream().map(ClaimSpan::articleId).distinct().count() < 2) {
                continue; // nothing to find in another article
            }
            clusters++;
            for (ClaimSpan member : members) {
                queries++;
                List<ClaimCandidate> found = candidates.forSpan(member.spanId(), ClaimCandidates.TOP);
                for (int rank = 0; rank < found.size(); rank++) {
                    if (found.get(rank).inCluster().map(c -> c.id() == cluster.id()).orElse(false)) {
                        hits5++;
                        hits1 += rank == 0 ? 1 : 0;
                        reciprocal += 1.0 / (rank + 1);
                        break;
                    }
                }
            }
        }
        return new Result(layer.name(), clusters, queries, hits1, hits5, queries == 0 ? 0 : reciprocal / queries);
    }
}
