package io.veritag.service;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One annotator's claim clusters: start, join, leave, rename, merge, split, move and settle. Every change is
 * committed at once and is one step of the annotator's undo history (the same one as span edits, so Ctrl+Z
 * undoes whichever came last). Only the annotator's own spans and clusters can be changed.
 */
public final class ClaimClusters {
    private final Store store;
    private final Annotator annotator;
    private final Function<Edit, SpanChange> perform;

    ClaimClusters(Store store, Annotator annotator, Function<Edit, SpanChange> perform) {
        this.store = store;
        this.annotator = annotator;
        this.perform = perform;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** This annotator's clusters, oldest first. */
    public List<ClaimCluster> clusters() {
        return store.clusters().forAnnotator(annotator.id());
    }

    public Optional<ClaimCluster> cluster(long clusterId) {
        return store.clusters().get(clusterId).filter(c -> c.annotatorId() == annotator.id());
    }

    /** The cluster a span is in, if any. */
    public Optional<ClusterMember> membership(long spanId) {
        return store.clusters().memberOf(spanId);
    }

    /** The spans of this annotator's clusters in one article, by span id: cluster id. */
    public Map<Long, Long> clustersInArticle(long articleId) {
        return store.clusters().clustersInArticle(articleId, annotator.id());
    }

    /** A cluster's members and attached spans with their articles. */
    public List<ClaimSpan> spans(long clusterId) {
        return store.clusters().clusterSpans(mine(clusterId).id());
    }

    /** Every span of every cluster of this annotator, with its article (one query). */
    public List<ClaimSpan> allSpans() {
        return store.clusters().clusteredSpans(annotator.id());
    }

    // ---- changing -----------------------------------------------------------------------------------------

    /** Starts a new cluster with a CLAIM span (taking it out of the cluster it was in); its text is the wording. */
    public SpanChange start(long spanId) {
        Span span = mySpan(spanId);
        requireClaim(span);
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, List.of(spanId));
        ClusterStep.Create create = new ClusterStep.Create(annotator.id(), wordingOf(span));
        steps.add(create);
        steps.add(new ClusterStep.Join(span, create::id));
        return perform.apply(new ClusterEdit("start claim cluster", span.articleId(), steps));
    }

    /**
     * Puts a span into a cluster: a CLAIM as a member, a DENIAL or SPECULATION attached to it. A span already in
     * another cluster moves.
     */
    public SpanChange join(long spanId, long clusterId) {
        Span span = mySpan(spanId);
        ClaimCluster target = mine(clusterId);
        if (ClusterRole.of(span.label()) == null) {
            throw new LabelingException("A source cannot be in a claim cluster");
        }
        Optional<ClusterMember> now = store.clusters().memberOf(spanId);
        if (now.isPresent() && now.get().clusterId() == clusterId) {
            throw new LabelingException("That span is already in this claim cluster");
        }
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, List.of(spanId));
        steps.add(new ClusterStep.Join(span, target::id));
        String verb = now.isPresent() ? "move to" : span.label().equals(Label.CLAIM) ? "join" : "attach to";
        return perform.apply(new ClusterEdit(verb + " claim cluster", span.articleId(), steps));
    }

    /**
     * Puts a span into the cluster of another span (a candidate); if that one is in none, a new cluster holds
     * both, worded as the other span.
     */
    public SpanChange joinSpan(long spanId, long otherSpanId) {
        if (spanId == otherSpanId) {
            throw new LabelingException("A span cannot join itself");
        }
        Optional<ClusterMember> other = store.clusters().memberOf(otherSpanId);
        if (other.isPresent()) {
            return join(spanId, other.get().clusterId());
        }
        Span span = mySpan(spanId);
        Span candidate = mySpan(otherSpanId);
        requireClaim(candidate);
        if (ClusterRole.of(span.label()) == null) {
            throw new LabelingException("A source cannot be in a claim cluster");
        }
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, List.of(spanId));
        ClusterStep.Create create = new ClusterStep.Create(annotator.id(), wordingOf(candidate));
        steps.add(create);
        steps.add(new ClusterStep.Join(candidate, create::id));
        steps.add(new ClusterStep.Join(span, create::id));
        return perform.apply(new ClusterEdit("join claim cluster", span.articleId(), steps));
    }

    /** Takes a span out of its cluster; a cluster left with nothing in it is deleted (undo brings both back). */
    public SpanChange leave(long spanId) {
        Span span = mySpan(spanId);
        if (store.clusters().memberOf(spanId).isEmpty()) {
            throw new LabelingException("That span is in no claim cluster");
        }
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, List.of(spanId));
        return perform.apply(new ClusterEdit("leave claim cluster", span.articleId(), steps));
    }

    /** Gives a cluster another canonical wording (trimmed, not blank). Returns empty if unchanged. */
    public Optional<SpanChange> rename(long clusterId, String wording) {
        ClaimCluster before = mine(clusterId);
        String cleaned = wording == null ? "" : wording.strip();
        if (cleaned.isEmpty()) {
            throw new LabelingException("A claim cluster needs a wording");
        }
        if (cleaned.length() > ClaimCluster.MAX_CANONICAL) {
            throw new LabelingException("A wording can have at most " + ClaimCluster.MAX_CANONICAL + " characters");
        }
        if (cleaned.equals(before.canonical())) {
            return Optional.empty();
        }
        ClaimCluster after = before.withCanonical(cleaned, Instant.now());
        return Optional.of(perform.apply(new ClusterEdit("rename claim cluster", 0,
                List.of(new ClusterStep.Change(before, after)))));
    }

    /** Marks a cluster settled (checked by a curator) or open again. Returns empty if unchanged. */
    public Optional<SpanChange> settle(long clusterId, boolean settled) {
        ClaimCluster before = mine(clusterId);
        if (before.settled() == settled) {
            return Optional.empty();
        }
        ClaimCluster after = new ClaimCluster(before.id(), before.annotatorId(), before.canonical(), settled,
                before.createdAt(), Instant.now());
        return Optional.of(perform.apply(new ClusterEdit(settled ? "settle claim cluster" : "reopen claim cluster", 0,
                List.of(new ClusterStep.Change(before, after)))));
    }

    /** Moves every span of {@code fromId} into {@code intoId} and deletes {@code fromId}. */
    public SpanChange merge(long intoId, long fromId) {
        ClaimCluster into = mine(intoId);
        ClaimCluster from = mine(fromId);
        if (intoId == fromId) {
            throw new LabelingException("A claim cluster cannot merge with itself");
        }
        List<ClusterStep> steps = new ArrayList<>();
        for (ClusterMember m : store.clusters().members(from.id())) {
            steps.add(new ClusterStep.Leave(m));
            steps.add(new ClusterStep.Join(m, into::id));
        }
        steps.add(new ClusterStep.Delete(from));
        return perform.apply(new ClusterEdit("merge claim clusters", 0, steps));
    }

    /**
     * Splits some spans of a cluster off into a new cluster worded as the first CLAIM among them; the old cluster
     * is deleted if nothing is left in it.
     */
    public SpanChange split(long clusterId, Collection<Long> spanIds) {
        ClaimCluster cluster = mine(clusterId);
        Map<Long, ClusterMember> members = new HashMap<>();
        store.clusters().members(cluster.id()).forEach(m -> members.put(m.spanId(), m));
        Set<Long> moving = new LinkedHashSet<>(spanIds);
        if (moving.isEmpty()) {
            throw new LabelingException("Choose the spans to split off");
        }
        for (Long id : moving) {
            if (!members.containsKey(id)) {
                throw new LabelingException("Span " + id + " is not in this claim cluster");
            }
        }
        Span first = moving.stream().map(members::get).filter(m -> m.role() == ClusterRole.MEMBER).findFirst()
                .map(m -> mySpan(m.spanId()))
                .orElseThrow(() -> new LabelingException("A new claim cluster needs at least one claim"));
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, moving);
        ClusterStep.Create create = new ClusterStep.Create(annotator.id(), wordingOf(first));
        steps.add(create);
        for (Long id : moving) {
            steps.add(new ClusterStep.Join(members.get(id), create::id));
        }
        return perform.apply(new ClusterEdit("split claim cluster", 0, steps));
    }

    /**
     * Moves spans of this annotator into another cluster in one step (a CLAIM as a member, a DENIAL or
     * SPECULATION attached); each cluster left with nothing in it is deleted.
     */
    public SpanChange move(Collection<Long> spanIds, long clusterId) {
        ClaimCluster target = mine(clusterId);
        Set<Long> moving = new LinkedHashSet<>(spanIds);
        if (moving.isEmpty()) {
            throw new LabelingException("Choose the spans to move");
        }
        List<Span> spans = new ArrayList<>();
        for (Long id : moving) {
            Span span = mySpan(id);
            if (ClusterRole.of(span.label()) == null) {
                throw new LabelingException("A source cannot be in a claim cluster");
            }
            if (store.clusters().memberOf(id).map(m -> m.clusterId() == clusterId).orElse(false)) {
                throw new LabelingException("That span is already in this claim cluster");
            }
            spans.add(span);
        }
        List<ClusterStep> steps = new ArrayList<>();
        leaving(steps, moving);
        spans.forEach(span -> steps.add(new ClusterStep.Join(span, target::id)));
        return perform.apply(new ClusterEdit("move to claim cluster", 0, steps));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Steps that take these spans out of their clusters, deleting each cluster that is left with nothing. */
    private void leaving(List<ClusterStep> steps, Collection<Long> spanIds) {
        Map<Long, List<ClusterMember>> byCluster = new HashMap<>();
        for (Long id : spanIds) {
            store.clusters().memberOf(id).ifPresent(m -> byCluster.computeIfAbsent(m.clusterId(), k -> new ArrayList<>()).add(m));
        }
        byCluster.forEach((clusterId, gone) -> {
            gone.forEach(m -> steps.add(new ClusterStep.Leave(m)));
            if (store.clusters().members(clusterId).size() == gone.size()) {
                store.clusters().get(clusterId).ifPresent(c -> steps.add(new ClusterStep.Delete(c)));
            }
        });
    }

    private String wordingOf(Span span) {
        return ClaimCluster.wordingOf(store.clusters().claimSpan(span.id()).map(ClaimSpan::text).orElse(""), span.id());
    }

    private static void requireClaim(Span span) {
        if (!Label.CLAIM.equals(span.label())) {
            throw new LabelingException("Only a CLAIM span is a member of a claim cluster (a " + span.label()
                    + " can be attached to one)");
        }
    }

    private ClaimCluster mine(long clusterId) {
        ClaimCluster cluster = store.clusters().get(clusterId)
                .orElseThrow(() -> new LabelingException("That claim cluster no longer exists"));
        if (cluster.annotatorId() != annotator.id()) {
            throw new LabelingException("That claim cluster belongs to another annotator and is read-only");
        }
        return cluster;
    }

    private Span mySpan(long spanId) {
        Span span = store.spans().get(spanId).orElseThrow(() -> new LabelingException("That span no longer exists"));
        if (span.annotatorId() != annotator.id()) {
            throw new LabelingException("That span belongs to another annotator and is read-only");
        }
        return span;
    }
}
