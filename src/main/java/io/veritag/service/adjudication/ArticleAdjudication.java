package io.veritag.service.adjudication;

import io.veritag.model.gold.GroupKey;
import io.veritag.agreement.adjudication.ArticleComparison;
import io.veritag.agreement.adjudication.DecisionReplay;
import io.veritag.agreement.adjudication.Settlement;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.gold.Decision;
import io.veritag.agreement.adjudication.GoldLinks;
import io.veritag.model.Link;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import java.util.List;
import java.util.Optional;

/**
 * One article as the curator sees it after the last committed decision: the chosen annotators' spans
 * compared, the gold layer, the audit trail, and how much is settled.
 *
 * @param annotators the chosen annotators, by name
 * @param trail      every decision about this article, oldest first
 */
public record ArticleAdjudication(Article article, List<Annotator> annotators, ArticleComparison comparison,
                                  List<GoldSpan> gold, List<Decision> trail, DecisionReplay replay,
                                  Settlement settlement, List<Link> links, List<GoldLink> goldLinks,
                                  GoldLinks linkView) {
    public ArticleAdjudication {
        annotators = List.copyOf(annotators);
        gold = List.copyOf(gold);
        trail = List.copyOf(trail);
        links = List.copyOf(links);
        goldLinks = List.copyOf(goldLinks);
    }

    /** The compared annotators' links that start or end at one of these spans (what a disagreement involves). */
    public List<Link> linksTouching(SpanGroup group) {
        java.util.Set<Long> ids = group.spans().stream().map(io.veritag.model.Span::id).collect(java.util.stream.Collectors.toSet());
        return links.stream().filter(l -> ids.contains(l.fromSpanId()) || ids.contains(l.toSpanId())).toList();
    }

    /** The compared annotators' span with this id, if it is one of them. */
    public Optional<io.veritag.model.Span> span(long spanId) {
        return java.util.stream.Stream.concat(comparison.unanimous().stream(), comparison.disagreements().stream())
                .flatMap(g -> g.spans().stream()).filter(s -> s.id() == spanId).findFirst();
    }

    public Optional<GoldSpan> goldSpan(long goldSpanId) {
        return gold.stream().filter(g -> g.id() == goldSpanId).findFirst();
    }

    public List<SpanGroup> disagreements() {
        return comparison.disagreements();
    }

    /** The decisions in force that settled this disagreement; empty while it is open. */
    public List<Decision> settledBy(GroupKey key) {
        return replay.settling(key);
    }

    public boolean isSettled(GroupKey key) {
        return !settledBy(key).isEmpty();
    }

    public boolean done() {
        return settlement.done();
    }

    /**
     * Whether the gold is older than the annotations it came from: a decision in force settled a group of spans
     * that no longer exists as it was (a span was added to it, removed, relabelled or moved), or a compared span
     * changed after the last decision. Such gold was made from annotations the curator has not seen.
     */
    public boolean goldStale() {
        return goldStale(comparison, replay, trail);
    }

    /** {@link #goldStale()} from the parts it needs, for listings that do not build whole adjudications. */
    static boolean goldStale(ArticleComparison comparison, DecisionReplay replay, List<Decision> trail) {
        List<Decision> inForce = replay.inForce();
        if (inForce.isEmpty()) {
            return false;
        }
        java.util.Set<GroupKey> current = new java.util.HashSet<>();
        comparison.unanimous().forEach(g -> current.add(g.key()));
        comparison.disagreements().forEach(g -> current.add(g.key()));
        boolean orphaned = inForce.stream().map(Decision::disagreementKey)
                .anyMatch(k -> k != null && !current.contains(k));
        // a gold cluster decision may be taken from another article (an annotator's cluster accepted): it does not
        // mean the curator saw this article's spans
        java.time.Instant lastDecision = trail.stream().filter(d -> !d.isAboutCluster()).map(Decision::decidedAt)
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.Instant.MAX);
        boolean changedSince = java.util.stream.Stream.concat(comparison.unanimous().stream(), comparison.disagreements().stream())
                .flatMap(g -> g.spans().stream())
                .anyMatch(s -> s.updatedAt() != null && s.updatedAt().isAfter(lastDecision));
        return orphaned || changedSince;
    }

    public Optional<Decision> nextUndo() {
        return replay.nextUndo();
    }

    public Optional<Decision> nextRedo() {
        return replay.nextRedo();
    }

    /** Index of the first open disagreement at or after {@code from}, wrapping around; -1 if none is open. */
    public int nextOpen(int from) {
        List<SpanGroup> all = disagreements();
        for (int i = 0; i < all.size(); i++) {
            int index = Math.floorMod(from + i, all.size());
            if (!isSettled(all.get(index).key())) {
                return index;
            }
        }
        return -1;
    }
}
