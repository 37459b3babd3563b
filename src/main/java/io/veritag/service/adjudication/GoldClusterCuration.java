package io.veritag.service.adjudication;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.GoldClusterMember;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.NewDecision;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A curator settling claim clusters into gold: a gold span starts a gold claim cluster, joins one or leaves it, and
 * an annotator's cluster is accepted into gold (its claims that are in gold go into one gold cluster). Each gold
 * span put in or taken out is one decision of the audit trail of its article, undone and redone there like every
 * other gold decision. A gold cluster exists while something is in it.
 */
public final class GoldClusterCuration {
    private final Store store;
    private final CurationSession session;

    GoldClusterCuration(Store store, CurationSession session) {
        this.store = store;
        this.session = session;
    }

    /** What the curator can do with one gold span (the adjudication window offers these on key C). */
    public sealed interface Choice permits Start, Join, Leave, Accept {
    }

    /** Start a new gold cluster with this gold CLAIM, worded as its text. */
    public record Start(String wording) implements Choice {
    }

    /** Put the gold span into this gold cluster ({@code size}: gold spans in it now). */
    public record Join(GoldCluster cluster, int size) implements Choice {
    }

    /** Take the gold span out of its gold cluster. */
    public record Leave(GoldCluster cluster) implements Choice {
    }

    /** Accept a compared annotator's cluster that a span this gold span came from is in. */
    public record Accept(long annotatorId, ClaimCluster cluster, int spans) implements Choice {
    }

    /** What accepting an annotator's cluster did. */
    public record Acceptance(ArticleAdjudication shown, GoldCluster cluster, int joined, int notInGold) {
    }

    /** The choices for a gold span of an article: empty for a SOURCE or a span no longer in gold. */
    public List<Choice> choices(long articleId, long goldSpanId) {
        ArticleAdjudication state = AdjudicationService.load(store, articleId, session.annotators());
        Optional<GoldSpan> gold = state.goldSpan(goldSpanId);
        if (gold.isEmpty() || ClusterRole.of(gold.get().label()) == null) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        Optional<GoldClusterMember> in = store.gold().clusters().memberOf(goldSpanId);
        if (in.isPresent()) {
            store.gold().clusters().get(in.get().clusterId()).ifPresent(c -> choices.add(new Leave(c)));
        } else {
            if (Label.CLAIM.equals(gold.get().label())) {
                choices.add(new Start(wording(state.article().text(), gold.get())));
            }
            Map<Long, Long> sizes = store.gold().clusters().allMembers().stream()
                    .collect(Collectors.groupingBy(GoldClusterMember::clusterId, Collectors.counting()));
            store.gold().clusters().all().forEach(c -> choices.add(new Join(c, sizes.getOrDefault(c.id(), 0L).intValue())));
        }
        Set<Long> offered = new java.util.HashSet<>();
        for (Span span : spans(state)) {
            if (state.linkView().goldOf(span.id()).map(GoldSpan::id).orElse(-1L) != goldSpanId) {
                continue;
            }
            store.clusters().memberOf(span.id()).ifPresent(m -> {
                if (offered.add(m.clusterId())) {
                    store.clusters().get(m.clusterId()).ifPresent(c -> choices.add(
                            new Accept(c.annotatorId(), c, store.clusters().members(c.id()).size())));
                }
            });
        }
        return choices;
    }

    /** Starts a new gold cluster with a gold CLAIM, worded as its text. */
    public ArticleAdjudication start(long articleId, long goldSpanId, String reason) {
        return session.decideOn(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            if (!Label.CLAIM.equals(gold.label())) {
                throw new IllegalArgumentException("only a gold CLAIM starts a gold claim cluster (a " + gold.label()
                        + " can be attached to one)");
            }
            requireInNone(tx, goldSpanId);
            GoldCluster cluster = tx.gold().clusters().create(wording(state.article().text(), gold));
            tx.gold().clusters().add(goldSpanId, cluster.id());
            append(tx, articleId, DecisionKind.CLUSTER_IN, gold, cluster, reason, List.of());
        });
    }

    /** Puts a gold CLAIM (as a member) or a gold DENIAL or SPECULATION (attached) into a gold cluster. */
    public ArticleAdjudication join(long articleId, long goldSpanId, long goldClusterId, String reason) {
        return session.decideOn(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            requireRole(gold);
            requireInNone(tx, goldSpanId);
            GoldCluster cluster = tx.gold().clusters().get(goldClusterId).orElseThrow(() -> new IllegalStateException(
                    "gold claim cluster " + goldClusterId + " no longer exists"));
            tx.gold().clusters().add(goldSpanId, cluster.id());
            append(tx, articleId, DecisionKind.CLUSTER_IN, gold, cluster, reason, List.of());
        });
    }

    /** Takes a gold span out of its gold cluster; a gold cluster left with nothing in it is deleted. */
    public ArticleAdjudication leave(long articleId, long goldSpanId, String reason) {
        return session.decideOn(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            GoldClusterMember member = tx.gold().clusters().memberOf(goldSpanId).orElseThrow(() ->
                    new IllegalStateException("this gold span is in no gold claim cluster"));
            GoldCluster cluster = tx.gold().clusters().get(member.clusterId()).orElseThrow();
            tx.gold().clusters().remove(goldSpanId);
            deleteIfEmpty(tx, cluster.id());
            append(tx, articleId, DecisionKind.CLUSTER_OUT, gold, cluster, reason, List.of());
        });
    }

    /**
     * Accepts a compared annotator's claim cluster into gold: each of its spans that is in gold (the same span, or
     * the gold span the curator took from it) goes into one gold cluster: the one that already holds some of them,
     * or a new one with the annotator's wording. One decision per gold span, in its article, recording the
     * annotator's span it came from. Returns {@code shownArticleId} as it now stands (none if null).
     */
    public Acceptance accept(long annotatorClusterId, Long shownArticleId, String reason) {
        ClaimCluster source = store.clusters().get(annotatorClusterId).orElseThrow(() ->
                new IllegalArgumentException("claim cluster " + annotatorClusterId + " does not exist"));
        Annotator owner = session.annotators().stream().filter(a -> a.id() == source.annotatorId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("claim cluster " + annotatorClusterId
                        + " belongs to an annotator who is not compared in this adjudication"));
        Map<Long, long[]> newest = new HashMap<>(); // article id → newest decision before, after
        Acceptance done = store.inTransaction(tx -> {
            Map<Long, List<ClusterMember>> byArticle = new TreeMap<>();
            tx.clusters().members(source.id()).forEach(m -> byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
            if (byArticle.isEmpty()) {
                throw new IllegalStateException("that claim cluster is empty");
            }
            tx.articles().lockForDecision(byArticle.keySet());
            List<Span> spans = new ArrayList<>();
            List<GoldSpan> golds = new ArrayList<>();
            int notInGold = 0;
            for (var entry : byArticle.entrySet()) {
                ArticleAdjudication state = AdjudicationService.load(tx, entry.getKey(), session.annotators());
                newest.put(entry.getKey(), new long[] {newestDecision(state), 0});
                for (ClusterMember member : entry.getValue()) {
                    Optional<GoldSpan> gold = state.linkView().goldOf(member.spanId())
                            .filter(g -> ClusterRole.of(g.label()) != null);
                    Optional<Span> span = state.span(member.spanId());
                    if (gold.isEmpty() || span.isEmpty()) {
                        notInGold++;
                    } else if (!golds.contains(gold.get())) {
                        spans.add(span.get());
                        golds.add(gold.get());
                    }
                }
            }
            if (golds.isEmpty()) {
                throw new IllegalStateException("none of the spans of this cluster is in gold yet; settle them first");
            }
            Set<Long> inClusters = tx.gold().clusters().membersAmong(golds.stream().map(GoldSpan::id).toList()).stream()
                    .map(GoldClusterMember::clusterId).collect(Collectors.toSet());
            if (inClusters.size() > 1) {
                throw new IllegalStateException("these spans are already in " + inClusters.size()
                        + " different gold claim clusters; put the others in one by one");
            }
            boolean anyClaim = golds.stream().anyMatch(g -> Label.CLAIM.equals(g.label()));
            if (inClusters.isEmpty() && !anyClaim) {
                throw new IllegalStateException("no span of this cluster is in gold as a CLAIM; a gold claim cluster needs one");
            }
            GoldCluster target = inClusters.isEmpty() ? tx.gold().clusters().create(source.canonical())
                    : tx.gold().clusters().get(inClusters.iterator().next()).orElseThrow();
            int joined = 0;
            for (int i = 0; i < golds.size(); i++) {
                GoldSpan gold = golds.get(i);
                if (tx.gold().clusters().memberOf(gold.id()).isPresent()) {
                    continue;
                }
                Span span = spans.get(i);
                tx.gold().clusters().add(gold.id(), target.id());
                append(tx, gold.articleId(), DecisionKind.CLUSTER_IN, gold, target, reason, List.of(new DecisionSource(
                        span.id(), owner.id(), owner.name(), span.start(), span.end(), span.label(), true, span.sourceType())));
                joined++;
            }
            if (joined == 0) {
                throw new IllegalStateException("gold already has the spans of this cluster together");
            }
            for (var entry : newest.entrySet()) {
                entry.getValue()[1] = tx.gold().decisions().forArticle(entry.getKey()).stream()
                        .mapToLong(Decision::id).max().orElse(0);
            }
            ArticleAdjudication shown = shownArticleId == null ? null
                    : AdjudicationService.load(tx, shownArticleId, session.annotators());
            return new Acceptance(shown, target, joined, notInGold);
        });
        newest.forEach((article, ids) -> session.decidedHere(article, ids[0], ids[1]));
        return done;
    }

    /**
     * Undoes (backwards) or redoes a cluster decision in the caller's transaction, and records that: a gold cluster
     * left empty is deleted, and one that is missing is brought back under its id and wording.
     */
    static void undoOrRedo(Store tx, long articleId, long curatorId, Decision target, DecisionKind kind) {
        boolean inAfter = (target.kind() == DecisionKind.CLUSTER_IN) != (kind == DecisionKind.UNDO);
        GoldCluster cluster = target.cluster();
        long goldSpanId = target.goldSpanId();
        Optional<GoldClusterMember> now = tx.gold().clusters().memberOf(goldSpanId);
        if (inAfter) {
            if (tx.gold().spans().get(goldSpanId).isEmpty()) {
                throw new IllegalStateException("that gold span is no longer in gold");
            }
            if (now.isPresent()) {
                throw new IllegalStateException("this gold span is in a gold claim cluster now; take it out first");
            }
            if (tx.gold().clusters().get(cluster.id()).isEmpty()) {
                tx.gold().clusters().restore(cluster);
            }
            tx.gold().clusters().add(goldSpanId, cluster.id());
        } else {
            if (now.isEmpty() || now.get().clusterId() != cluster.id()) {
                throw new IllegalStateException("this gold span is no longer in that gold claim cluster");
            }
            tx.gold().clusters().remove(goldSpanId);
            deleteIfEmpty(tx, cluster.id());
        }
        tx.gold().decisions().append(new NewDecision(articleId, curatorId, kind, null, null, goldSpanId, target.before(),
                target.after(), null, target.id(), List.of(), null, null, null, null, List.of(), cluster));
    }

    /** Whether a gold span is in a gold cluster (it cannot then be removed or relabelled). */
    static boolean inCluster(Store tx, long goldSpanId) {
        return tx.gold().clusters().memberOf(goldSpanId).isPresent();
    }

    private void append(Store tx, long articleId, DecisionKind kind, GoldSpan gold, GoldCluster cluster, String reason,
                        List<DecisionSource> sources) {
        tx.gold().decisions().append(new NewDecision(articleId, session.curator().id(), kind, null, null, gold.id(),
                gold.range(), gold.range(), reason, null, sources, null, null, null, null, List.of(), cluster));
    }

    private static void deleteIfEmpty(Store tx, long clusterId) {
        if (tx.gold().clusters().members(clusterId).isEmpty()) {
            tx.gold().clusters().delete(clusterId);
        }
    }

    private static void requireInNone(Store tx, long goldSpanId) {
        if (inCluster(tx, goldSpanId)) {
            throw new IllegalStateException("this gold span is already in a gold claim cluster; take it out first");
        }
    }

    private static void requireRole(GoldSpan gold) {
        if (ClusterRole.of(gold.label()) == null) {
            throw new IllegalArgumentException("a " + gold.label() + " cannot be in a claim cluster");
        }
    }

    private static GoldSpan requireGold(ArticleAdjudication state, long goldSpanId) {
        return state.goldSpan(goldSpanId).orElseThrow(() ->
                new IllegalStateException("gold span " + goldSpanId + " is not in this article's gold"));
    }

    private static List<Span> spans(ArticleAdjudication state) {
        return Stream.concat(state.comparison().unanimous().stream(), state.comparison().disagreements().stream())
                .flatMap(g -> g.spans().stream()).toList();
    }

    private static long newestDecision(ArticleAdjudication state) {
        return state.trail().stream().mapToLong(Decision::id).max().orElse(0);
    }

    /** The gold span's text with its white space made single spaces, as long as a wording may be. */
    static String wording(String articleText, GoldSpan gold) {
        return ClaimCluster.wordingOf(gold.textIn(articleText), gold.id());
    }
}
