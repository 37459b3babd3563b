package io.veritag.service.neardup;

import io.veritag.model.Article;
import io.veritag.store.NearDuplicateStore;
import io.veritag.store.NearDuplicateStore.BandBucket;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for an article being stored, the stored articles it nearly duplicates: candidates come from the MinHash
 * bands, then the shingles of both texts are compared exactly. A pair is recorded, never merged.
 */
public final class NearDuplicateFinder {
    /** Share of shingles in common (Jaccard) from which two texts are near-duplicates. */
    public static final double THRESHOLD = 0.5;
    /** Texts with fewer shingles (about 14 words) are too short to call near-duplicates by shingles. */
    static final int MIN_SHINGLES = 10;

    /** A stored article the new one resembles. */
    public record Match(long similarId, String similarExternalId, int similarityPercent) {
    }

    private NearDuplicateFinder() {
    }

    /**
     * Indexes article {@code articleId} (stored in {@code tx} with {@code text}) and records its near-duplicates,
     * at most {@value io.veritag.store.NearDuplicateStore#MAX_CANDIDATES}; returns them, the closest first.
     */
    public static List<Match> indexAndFlag(Store tx, long articleId, String text) {
        Shingles shingles = Shingles.of(text);
        long[] buckets = MinHash.bands(shingles);
        List<Match> matches = new ArrayList<>();
        if (shingles.size() >= MIN_SHINGLES) {
            for (long candidate : tx.nearDuplicates().candidates(articleId, buckets)) {
                Article other = tx.articles().get(candidate).orElseThrow();
                Shingles theirs = Shingles.of(other.text());
                double similarity = theirs.size() >= MIN_SHINGLES ? shingles.jaccard(theirs) : 0;
                if (similarity >= THRESHOLD) {
                    int percent = (int) Math.floor(similarity * 100);
                    tx.nearDuplicates().insertPair(articleId, candidate, percent);
                    matches.add(new Match(candidate, other.externalId(), percent));
                }
            }
        }
        tx.nearDuplicates().insertBands(articleId, buckets);
        matches.sort(java.util.Comparator.comparingInt(Match::similarityPercent).reversed()); // the closest first
        return matches;
    }

    /** An article just stored, with no bands yet: its id, (stored) external id and text. */
    public record Stored(long id, String externalId, String text) {
    }

    /** Articles of a chunk compared together at most; their stored candidates' texts are read in one query. */
    private static final int COMPARED_TOGETHER = 25;

    /**
     * {@link #indexAndFlag} for each of these articles (just stored in {@code tx}, with no bands yet), in list order,
     * storing and returning what calling it for each in turn would: the same pairs, the same matches (element i
     * those of article i), each article compared with the stored articles and with those before it in the list.
     * In a few statements instead of a few per article: one reads, for every bucket of the chunk, its newest stored
     * articles; the chunk's own articles are added to them in memory, article by article, as its bands would
     * have been stored; one query per {@value #COMPARED_TOGETHER} articles reads their stored candidates' texts; one
     * batch stores the pairs and one the bands.
     */
    public static List<List<Match>> indexAndFlagAll(Store tx, List<Stored> articles) {
        int count = articles.size();
        Shingles[] shingles = new Shingles[count];
        long[][] buckets = new long[count][];
        Set<BandBucket> looked = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            shingles[i] = Shingles.of(articles.get(i).text());
            buckets[i] = MinHash.bands(shingles[i]);
            if (shingles[i].size() >= MIN_SHINGLES) {
                for (int band = 0; band < buckets[i].length; band++) {
                    looked.add(new BandBucket(band, buckets[i][band]));
                }
            }
        }
        Map<BandBucket, long[]> stored = tx.nearDuplicates().recentInBuckets(looked);
        Map<BandBucket, List<Long>> ofChunk = new HashMap<>(); // the chunk's articles indexed so far, by bucket
        Map<Long, Integer> chunkIndex = new HashMap<>();
        List<Set<Long>> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = articles.get(i).id();
            Set<Long> found = Set.of();
            if (shingles[i].size() >= MIN_SHINGLES) {
                Map<Long, Integer> sharedBands = new HashMap<>();
                for (int band = 0; band < buckets[i].length; band++) {
                    BandBucket key = new BandBucket(band, buckets[i][band]);
                    for (long other : newest(stored.getOrDefault(key, new long[0]), ofChunk.getOrDefault(key, List.of()), id)) {
                        sharedBands.merge(other, 1, Integer::sum);
                    }
                }
                found = NearDuplicateStore.mostShared(sharedBands);
            }
            candidates.add(found);
            for (int band = 0; band < buckets[i].length; band++) {
                ofChunk.computeIfAbsent(new BandBucket(band, buckets[i][band]), key -> new ArrayList<>()).add(id);
            }
            chunkIndex.put(id, i);
        }
        List<List<Match>> matches = new ArrayList<>(count);
        List<NearDuplicateStore.Pair> pairs = new ArrayList<>();
        for (int from = 0; from < count; from += COMPARED_TOGETHER) {
            int to = Math.min(count, from + COMPARED_TOGETHER);
            Set<Long> storedCandidates = new java.util.TreeSet<>();
            for (int i = from; i < to; i++) {
                candidates.get(i).stream().filter(c -> !chunkIndex.containsKey(c)).forEach(storedCandidates::add);
            }
            Map<Long, Article> others = storedCandidates.isEmpty() ? Map.of() : tx.articles().get(storedCandidates);
            Map<Long, Shingles> othersShingles = new HashMap<>();
            for (int i = from; i < to; i++) {
                List<Match> ofArticle = new ArrayList<>();
                for (long candidate : candidates.get(i)) {
                    Integer inChunk = chunkIndex.get(candidate);
                    Shingles theirs;
                    String externalId;
                    if (inChunk != null) {
                        theirs = shingles[inChunk];
                        externalId = articles.get(inChunk).externalId();
                    } else {
                        Article other = java.util.Objects.requireNonNull(others.get(candidate), "article " + candidate);
                        theirs = othersShingles.computeIfAbsent(candidate, c -> Shingles.of(other.text()));
                        externalId = other.externalId();
                    }
                    double similarity = theirs.size() >= MIN_SHINGLES ? shingles[i].jaccard(theirs) : 0;
                    if (similarity >= THRESHOLD) {
                        int percent = (int) Math.floor(similarity * 100);
                        pairs.add(new NearDuplicateStore.Pair(articles.get(i).id(), candidate, percent));
                        ofArticle.add(new Match(candidate, externalId, percent));
                    }
                }
                ofArticle.sort(java.util.Comparator.comparingInt(Match::similarityPercent).reversed()); // the closest first
                matches.add(ofArticle);
            }
        }
        tx.nearDuplicates().insertPairs(pairs);
        tx.nearDuplicates().insertBands(articles.stream().map(Stored::id).toList(), java.util.Arrays.asList(buckets));
        return matches;
    }

    /**
     * The ids {@link NearDuplicateStore#candidates} would read from one bucket for article {@code id}: the
     * {@value NearDuplicateStore#RECENT_PER_BAND} newest of the stored ones and those of the chunk indexed before it.
     */
    private static long[] newest(long[] stored, List<Long> ofChunk, long id) {
        if (ofChunk.isEmpty()) {
            return stored;
        }
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(stored), ofChunk.stream().mapToLong(Long::longValue))
                .filter(other -> other != id)
                .map(other -> -other).sorted().distinct().map(other -> -other)
                .limit(NearDuplicateStore.RECENT_PER_BAND)
                .toArray();
    }

    /**
     * Indexes, in id order, stored articles that have no bands yet (imported by an older version), each compared
     * with those before it. Returns the pairs found.
     */
    public static int indexUnindexed(Store store) {
        int found = 0;
        for (long id : store.nearDuplicates().unindexed()) {
            Article article = store.articles().get(id).orElseThrow();
            found += store.inTransaction((Store tx) -> indexAndFlag(tx, id, article.text()).size());
        }
        return found;
    }
}
