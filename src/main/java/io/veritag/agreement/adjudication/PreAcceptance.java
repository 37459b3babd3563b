package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.LabeledRange;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which unanimous spans still have to be pre-accepted into gold. */
public final class PreAcceptance {
    private PreAcceptance() {
    }

    /**
     * The unanimous groups that no decision has ever dealt with (in force or undone: a curator who undid a
     * pre-acceptance meant it) and whose span is not already in gold.
     *
     * @param trail every decision of the article
     * @param gold  the article's current gold spans
     */
    public static List<SpanGroup> pending(ArticleComparison comparison, List<Decision> trail, Collection<LabeledRange> gold) {
        Set<GroupKey> decidedKeys = trail.stream()
                .map(Decision::disagreementKey)
                .filter(k -> k != null)
                .collect(Collectors.toSet());
        Set<LabeledRange> inGold = Set.copyOf(gold);
        return comparison.unanimous().stream()
                .filter(g -> !decidedKeys.contains(g.key()))
                .filter(g -> !inGold.contains(g.versions().get(0).range()))
                .toList();
    }
}
