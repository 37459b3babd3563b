package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.ARTICLE_MINHASH_BAND;
import static io.veritag.store.generated.Tables.ARTICLE_NEAR_DUPLICATE;

import io.veritag.model.ArticleSummary;
import io.veritag.model.NearDuplicate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** The MinHash bands of article texts and the near-duplicate pairs found with them. */
public final class NearDuplicateStore {
    private final DSLContext ctx;
    /**
     * The statements of every article's import ({@link #insertBands}, {@link #candidates}), rendered once per
     * dialect and number of bands and then only bound: building them was half the cost of an import.
     */
    private static final Map<String, String> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    NearDuplicateStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Stores an article's bucket for each band (index = band). */
    public void insertBands(long articleId, long[] buckets) {
        if (buckets.length == 0) {
            return;
        }
        Object[] values = new Object[buckets.length * 3];
        for (int band = 0; band < buckets.length; band++) {
            values[band * 3] = articleId;
            values[band * 3 + 1] = band;
            values[band * 3 + 2] = buckets[band];
        }
        String insert = RENDERED.computeIfAbsent(ctx.dialect() + " insert " + buckets.length, key -> {
            var rows = ctx.insertInto(ARTICLE_MINHASH_BAND, ARTICLE_MINHASH_BAND.ARTICLE_ID, ARTICLE_MINHASH_BAND.BAND,
                    ARTICLE_MINHASH_BAND.BUCKET);
            for (int band = 0; band < buckets.length; band++) {
                rows = rows.values(DSL.param("article", Long.class), DSL.param("band", Integer.class),
                        DSL.param("bucket", Long.class));
            }
            return ctx.render(rows);
        });
        ctx.query(insert, values).execute();
    }

    /** At most this many stored articles are compared with a new one (and so flagged as its near-duplicates). */
    public static final int MAX_CANDIDATES = 20;

    /**
     * Stored articles read per band: the newest ones in the new article's bucket. A bucket that every look-alike
     * text shares (a template, a wire story in a hundred outlets) would otherwise be read whole at every import.
     */
    public static final int RECENT_PER_BAND = 50;

    /**
     * Ids, in id order, of at most {@value #MAX_CANDIDATES} stored articles other than {@code articleId} that share
     * a bucket with it in at least one band: those sharing most bands (ties: the older), among the
     * {@value #RECENT_PER_BAND} newest of each band's bucket. One statement; the index on (band, bucket, article id
     * descending) stops each band's read after those rows.
     */
    public Set<Long> candidates(long articleId, long[] buckets) {
        if (buckets.length == 0) {
            return new TreeSet<>();
        }
        Object[] values = new Object[buckets.length * 3];
        for (int band = 0; band < buckets.length; band++) {
            values[band * 3] = band;
            values[band * 3 + 1] = buckets[band];
            values[band * 3 + 2] = articleId;
        }
        Map<Long, Integer> sharedBands = new HashMap<>();
        ctx.resultQuery(recentInBuckets(buckets.length), values)
                .forEach(r -> sharedBands.merge(((Number) r.get(0)).longValue(), 1, Integer::sum));
        return mostShared(sharedBands);
    }

    /**
     * Of articles and the number of bands each shares with a new one, the ids, in id order, of the
     * {@value #MAX_CANDIDATES} sharing most (ties: the older).
     */
    public static Set<Long> mostShared(Map<Long, Integer> sharedBands) {
        return sharedBands.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The candidates' statement for {@code bands} bands (see {@link #RENDERED}). Each band is ordered by the whole
     * index (band, bucket, article id descending): ordered by the article id alone, H2 2.4.240 read the whole bucket
     * and sorted it (scanCount = bucket size in EXPLAIN ANALYZE); so ordered, it stops after the rows it returns.
     */
    private String recentInBuckets(int bands) {
        return RENDERED.computeIfAbsent(ctx.dialect() + " candidates " + bands, key -> {
            Select<Record1<Long>> recent = null;
            for (int band = 0; band < bands; band++) {
                var ofBand = ctx.select(ARTICLE_MINHASH_BAND.ARTICLE_ID).from(ARTICLE_MINHASH_BAND)
                        .where(ARTICLE_MINHASH_BAND.BAND.eq(DSL.param("band", Integer.class)),
                                ARTICLE_MINHASH_BAND.BUCKET.eq(DSL.param("bucket", Long.class)),
                                ARTICLE_MINHASH_BAND.ARTICLE_ID.ne(DSL.param("article", Long.class)))
                        .orderBy(ARTICLE_MINHASH_BAND.BAND, ARTICLE_MINHASH_BAND.BUCKET,
                                ARTICLE_MINHASH_BAND.ARTICLE_ID.desc())
                        .limit(DSL.inline(RECENT_PER_BAND));
                recent = recent == null ? ofBand : recent.unionAll(ofBand);
            }
            return ctx.render(recent);
        });
    }

    /** A bucket of one band: the key articles are looked up by. */
    public record BandBucket(int band, long bucket) {
    }

    /**
     * For each of these buckets, the ids of the {@value #RECENT_PER_BAND} newest stored articles in it, newest
     * first (an absent key: none). One statement for all of them, its text the same whatever their number (H2 is
     * opened with QUERY_CACHE_SIZE=0, so every statement is parsed afresh: one parse instead of one per article).
     * Per bucket, a subquery finds the {@value #RECENT_PER_BAND}th newest id and the join reads the ids from it
     * up, both on the index (band, bucket, article id descending), so a crowded bucket is not read whole.
     * This is {@link #candidates}' read for many articles at once, without excluding any article: for articles whose
     * bands are not stored yet, the same rows.
     */
    public Map<BandBucket, long[]> recentInBuckets(java.util.Collection<BandBucket> keys) {
        Map<BandBucket, long[]> recent = new HashMap<>();
        if (keys.isEmpty()) {
            return recent;
        }
        Integer[] bands = new Integer[keys.size()];
        Long[] buckets = new Long[keys.size()];
        int i = 0;
        for (BandBucket key : keys) {
            bands[i] = key.band();
            buckets[i] = key.bucket();
            i++;
        }
        Map<BandBucket, List<Long>> found = new HashMap<>();
        ctx.resultQuery("""
                        SELECT b.band, b.bucket, b.article_id
                        FROM UNNEST({0}, {1}) AS v (band, bucket)
                        JOIN article_minhash_band b ON b.band = v.band AND b.bucket = v.bucket AND b.article_id >= COALESCE(
                            (SELECT c.article_id FROM article_minhash_band c WHERE c.band = v.band AND c.bucket = v.bucket
                             ORDER BY c.band, c.bucket, c.article_id DESC OFFSET {2} ROWS FETCH NEXT 1 ROW ONLY),
                            {3})""",
                        DSL.val(bands, org.jooq.impl.SQLDataType.INTEGER.array()),
                        DSL.val(buckets, org.jooq.impl.SQLDataType.BIGINT.array()),
                        DSL.inline(RECENT_PER_BAND - 1), DSL.inline(Long.MIN_VALUE))
                .forEach(r -> found.computeIfAbsent(new BandBucket(((Number) r.get(0)).intValue(),
                        ((Number) r.get(1)).longValue()), k -> new java.util.ArrayList<>()).add(((Number) r.get(2)).longValue()));
        found.forEach((key, ids) -> recent.put(key, ids.stream().mapToLong(Long::longValue)
                .map(id -> -id).sorted().map(id -> -id).toArray()));
        return recent;
    }

    /**
     * Stores the buckets of many articles ({@code buckets.get(i)} those of {@code articleIds.get(i)}, index = band)
     * as one prepared statement executed in a JDBC batch.
     */
    public void insertBands(List<Long> articleIds, List<long[]> buckets) {
        var batch = ctx.batch(ctx.insertInto(ARTICLE_MINHASH_BAND, ARTICLE_MINHASH_BAND.ARTICLE_ID,
                ARTICLE_MINHASH_BAND.BAND, ARTICLE_MINHASH_BAND.BUCKET).values((Long) null, null, null));
        int rows = 0;
        for (int i = 0; i < articleIds.size(); i++) {
            for (int band = 0; band < buckets.get(i).length; band++) {
                batch = batch.bind(articleIds.get(i), band, buckets.get(i)[band]);
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    /** A near-duplicate pair to store: {@code articleId} the later article. */
    public record Pair(long articleId, long similarId, int similarityPercent) {
    }

    /** Stores these pairs as one prepared statement executed in a JDBC batch. */
    public void insertPairs(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        var batch = ctx.batch(ctx.insertInto(ARTICLE_NEAR_DUPLICATE, ARTICLE_NEAR_DUPLICATE.ARTICLE_ID,
                ARTICLE_NEAR_DUPLICATE.SIMILAR_ID, ARTICLE_NEAR_DUPLICATE.SIMILARITY).values((Long) null, null, null));
        for (Pair pair : pairs) {
            batch = batch.bind(pair.articleId(), pair.similarId(), pair.similarityPercent());
        }
        batch.execute();
    }

    public void insertPair(long articleId, long similarId, int similarityPercent) {
        ctx.insertInto(ARTICLE_NEAR_DUPLICATE)
                .set(ARTICLE_NEAR_DUPLICATE.ARTICLE_ID, articleId)
                .set(ARTICLE_NEAR_DUPLICATE.SIMILAR_ID, similarId)
                .set(ARTICLE_NEAR_DUPLICATE.SIMILARITY, similarityPercent)
                .execute();
    }

    /** Every near-duplicate pair, by the later article's id and then by similarity (highest first). */
    public List<NearDuplicate> pairs() {
        var later = ARTICLE.as("later");
        var earlier = ARTICLE.as("earlier");
        return ctx.select(later.ID, later.EXTERNAL_ID, later.TITLE, later.SOURCE, later.TEXT_LENGTH,
                        earlier.ID, earlier.EXTERNAL_ID, earlier.TITLE, earlier.SOURCE, earlier.TEXT_LENGTH,
                        ARTICLE_NEAR_DUPLICATE.SIMILARITY)
                .from(ARTICLE_NEAR_DUPLICATE)
                .join(later).on(later.ID.eq(ARTICLE_NEAR_DUPLICATE.ARTICLE_ID))
                .join(earlier).on(earlier.ID.eq(ARTICLE_NEAR_DUPLICATE.SIMILAR_ID))
                .orderBy(later.ID, ARTICLE_NEAR_DUPLICATE.SIMILARITY.desc(), earlier.ID)
                .fetch(r -> new NearDuplicate(
                        new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()),
                        new ArticleSummary(r.value6(), r.value7(), r.value8(), r.value9(), r.value10()),
                        r.value11()));
    }

    /**
     * For every article in a near-duplicate pair, the other article of its most alike pair (either side of it)
     * and how alike they are, in percent; ties go to the lower id. Only ids and numbers are read.
     */
    public java.util.Map<Long, long[]> closestByArticle() {
        java.util.Map<Long, long[]> closest = new java.util.HashMap<>();
        ctx.select(ARTICLE_NEAR_DUPLICATE.ARTICLE_ID, ARTICLE_NEAR_DUPLICATE.SIMILAR_ID, ARTICLE_NEAR_DUPLICATE.SIMILARITY)
                .from(ARTICLE_NEAR_DUPLICATE)
                .forEach(r -> {
                    keepCloser(closest, r.value1(), r.value2(), r.value3());
                    keepCloser(closest, r.value2(), r.value1(), r.value3());
                });
        return closest;
    }

    private static void keepCloser(java.util.Map<Long, long[]> closest, long articleId, long otherId, int percent) {
        long[] known = closest.get(articleId);
        if (known == null || percent > known[1] || (percent == known[1] && otherId < known[0])) {
            closest.put(articleId, new long[] {otherId, percent});
        }
    }

    /** Ids of articles that have no bands yet (imported before near-duplicates were looked for), in id order. */
    public List<Long> unindexed() {
        return ctx.select(ARTICLE.ID).from(ARTICLE)
                .whereNotExists(DSL.selectOne().from(ARTICLE_MINHASH_BAND).where(ARTICLE_MINHASH_BAND.ARTICLE_ID.eq(ARTICLE.ID)))
                .orderBy(ARTICLE.ID)
                .fetch(ARTICLE.ID);
    }
}
