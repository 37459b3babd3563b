package io.veritag.service.claims;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.store.AppHome;
import io.veritag.store.ClusterStore;
import io.veritag.store.ClusterStore.ChangedSpan;
import io.veritag.store.ClusterStore.ClaimText;
import io.veritag.store.ClusterStore.SpanMark;
import io.veritag.model.Label;
import io.veritag.store.DatabaseFile;
import io.veritag.store.Store;
import io.veritag.store.search.ClaimIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims most like a given one, among the same annotator's claims in other articles (blind: never another
 * annotator's), one per cluster. The index is a cache of the database: before each search it is compared with
 * the claims' count, highest id and latest change, and on any difference (or on first use) with every claim's
 * version; what differs is indexed again.
 */
public final class ClaimCandidates implements AutoCloseable {
    /** How many candidates the workbench shows and the evaluation counts. */
    public static final int TOP = 5;
    /** Hits read from the index before keeping one per cluster. */
    private static final int POOL = 60;

    private final Store store;
    private final ClaimIndex index;
    private SpanMark syncedAt;

    ClaimCandidates(Store store, ClaimIndex index) {
        this.store = store;
        this.index = index;
    }

    /** The candidates of a database: the index in the data folder ({@code claims/}), in memory when not a file. */
    public static ClaimCandidates of(Store store, String location) {
        return new ClaimCandidates(store, DatabaseFile.of(location).map(f -> ClaimIndex.inFolder(folderFor(f)))
                .orElseGet(ClaimIndex::inMemory));
    }

    /** An index held in memory (tests, benchmarks of the search alone). */
    public static ClaimCandidates inMemory(Store store) {
        return new ClaimCandidates(store, ClaimIndex.inMemory());
    }

    /** {@code claims/<name>-<hash of the database file's path>} in the data folder. */
    static Path folderFor(Path databaseFile) {
        Path normal = databaseFile.toAbsolutePath().normalize();
        String stem = normal.getFileName().toString().replaceFirst("\\.mv\\.db$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8));
            return AppHome.dir().resolve("claims").resolve(stem + "-" + java.util.HexFormat.of().formatHex(hash).substring(0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The top candidates for one of the annotator's spans: for a CLAIM the clusters it may belong to, for a DENIAL
     * or SPECULATION the claims it may deny or hedge.
     */
    public List<ClaimCandidate> forSpan(long spanId) {
        return forSpan(spanId, TOP);
    }

    public List<ClaimCandidate> forSpan(long spanId, int top) {
        List<ClaimText> claim = store.clusters().spanTexts(List.of(spanId));
        if (claim.isEmpty()) {
            return List.of();
        }
        ClaimText c = claim.get(0);
        return forText(c.annotatorId(), c.articleId(), c.articleText().substring(c.start(), c.end()),
                Sentence.around(c.articleText(), c.start(), c.end()), top);
    }

    /**
     * The top candidates for a claim's words and its sentence among one annotator's claims outside one article:
     * the best-scoring claim of each cluster (a claim in no cluster stands for itself).
     */
    public List<ClaimCandidate> forText(long annotatorId, long articleId, String claimText, String sentence, int top) {
        syncIfMoved();
        List<ClaimIndex.Hit> hits = index.similar(annotatorId, articleId, claimText, sentence, Math.max(POOL, top * 4));
        ClusterStore clusters = store.clusters();
        Map<Long, Long> clusterOf = clusters.clustersOf(hits.stream().map(ClaimIndex.Hit::spanId).toList());
        List<ClaimIndex.Hit> kept = new ArrayList<>();
        Set<Long> seenClusters = new HashSet<>();
        for (ClaimIndex.Hit hit : hits) {
            Long cluster = clusterOf.get(hit.spanId());
            if (cluster == null || seenClusters.add(cluster)) {
                kept.add(hit);
                if (kept.size() == top) {
                    break;
                }
            }
        }
        Map<Long, ClaimSpan> spans = new HashMap<>();
        clusters.claimSpans(kept.stream().map(ClaimIndex.Hit::spanId).toList()).forEach(s -> spans.put(s.spanId(), s));
        Map<Long, ClaimCluster> byId = new HashMap<>();
        List<ClaimCandidate> candidates = new ArrayList<>();
        for (ClaimIndex.Hit hit : kept) {
            ClaimSpan span = spans.get(hit.spanId());
            if (span == null || span.annotatorId() != annotatorId) {
                continue; // deleted since the index last looked
            }
            ClaimCluster cluster = span.clusterId() == null ? null
                    : byId.computeIfAbsent(span.clusterId(), id -> clusters.get(id).orElse(null));
            candidates.add(new ClaimCandidate(span, cluster, hit.score()));
        }
        return candidates;
    }

    /**
     * Brings the index up to date before a search. Cheap when nothing moved (three index look-ups); when spans were
     * only added or changed since the last look, just those are indexed again; deletions and spans put back by an
     * undo (the count disagrees with what was added) make it compare every claim's version.
     */
    private synchronized void syncIfMoved() {
        ClusterStore clusters = store.clusters();
        SpanMark now = clusters.spanMark();
        if (now.equals(syncedAt)) {
            return;
        }
        if (syncedAt == null) {
            refresh();
            return;
        }
        List<ChangedSpan> changed = clusters.changedSince(syncedAt);
        long added = changed.stream().filter(ChangedSpan::added).count();
        if (syncedAt.count() + added != now.count()) {
            refresh();
            return;
        }
        List<Long> claims = new ArrayList<>();
        for (ChangedSpan span : changed) {
            if (span.label().equals(Label.CLAIM)) {
                claims.add(span.spanId());
            } else {
                index.remove(span.spanId()); // relabeled away from CLAIM (or never one: removing nothing)
            }
        }
        clusters.spanTexts(claims).forEach(this::put);
        if (!changed.isEmpty()) {
            index.commit();
        }
        syncedAt = now;
    }

    /** Brings the index up to date with every claim's version; returns how many claims were (re)indexed or dropped. */
    public synchronized int refresh() {
        ClusterStore clusters = store.clusters();
        SpanMark mark = clusters.spanMark();
        Map<Long, Long> wanted = clusters.claimVersions();
        Map<Long, Long> indexed = index.indexedVersions();
        Set<Long> missing = new HashSet<>();
        wanted.forEach((id, version) -> {
            if (!version.equals(indexed.get(id))) {
                missing.add(id);
            }
        });
        int dropped = 0;
        for (Long id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                index.remove(id);
                dropped++;
            }
        }
        if (missing.size() > 200) {
            // many claims (a first build): read them in one pass and analyse them on every core (the index writer
            // takes documents from several threads; the analysis is most of the time)
            boolean fresh = indexed.isEmpty();
            List<ClaimText> texts = new ArrayList<>(missing.size());
            clusters.forEachClaim(c -> {
                if (missing.contains(c.spanId())) {
                    texts.add(c);
                }
            });
            texts.parallelStream().forEach(fresh ? this::add : this::put);
        } else if (!missing.isEmpty()) {
            clusters.spanTexts(missing).forEach(this::put);
        }
        if (!missing.isEmpty() || dropped > 0) {
            index.commit();
        }
        syncedAt = mark;
        return missing.size() + dropped;
    }

    /** Into an empty index: nothing to replace, so no look-up of an older version. */
    private void add(ClaimText c) {
        index.add(c.spanId(), c.version(), c.annotatorId(), c.articleId(), c.articleText().substring(c.start(), c.end()),
                Sentence.around(c.articleText(), c.start(), c.end()));
    }

    private void put(ClaimText c) {
        index.put(c.spanId(), c.version(), c.annotatorId(), c.articleId(), c.articleText().substring(c.start(), c.end()),
                Sentence.around(c.articleText(), c.start(), c.end()));
    }

    @Override
    public void close() {
        index.close();
    }
}
