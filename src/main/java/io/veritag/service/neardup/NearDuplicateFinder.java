package io.veritag.service.neardup;

import io.veritag.model.Article;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;

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
