package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;

import io.veritag.model.Article;
import io.veritag.model.ArticleSummary;
import io.veritag.model.NewArticle;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Articles: inserted once, never edited (their text is fixed once anyone has annotated it). */
public final class ArticleStore {
    private final DSLContext ctx;

    ArticleStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Stores an article and returns its id. The caller computes the SHA-256 of the normalised text. */
    public long insert(NewArticle article, String sha256) {
        return ctx.insertInto(ARTICLE)
                .set(ARTICLE.EXTERNAL_ID, article.externalId())
                .set(ARTICLE.TITLE, article.title())
                .set(ARTICLE.SOURCE, article.source())
                .set(ARTICLE.URL, article.url())
                .set(ARTICLE.PUBLISHED, article.published())
                .set(ARTICLE.TEXT, article.text())
                .set(ARTICLE.TEXT_LENGTH, article.text().length())
                .set(ARTICLE.TEXT_SHA256, sha256)
                .set(ARTICLE.IMPORTED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returningResult(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
    }

    /**
     * Stores these articles (with their SHA-256s, in the same order) as one prepared statement executed in a JDBC
     * batch, and returns their ids by SHA-256 (unique), read back in one query.
     */
    public java.util.Map<String, Long> insertAll(List<NewArticle> articles, List<String> sha256s) {
        if (articles.isEmpty()) {
            return java.util.Map.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var batch = ctx.batch(ctx.insertInto(ARTICLE, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, ARTICLE.SOURCE, ARTICLE.URL,
                ARTICLE.PUBLISHED, ARTICLE.TEXT, ARTICLE.TEXT_LENGTH, ARTICLE.TEXT_SHA256, ARTICLE.IMPORTED_AT)
                .values((String) null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < articles.size(); i++) {
            NewArticle article = articles.get(i);
            batch = batch.bind(article.externalId(), article.title(), article.source(), article.url(),
                    article.published(), article.text(), article.text().length(), sha256s.get(i), now);
        }
        batch.execute();
        return idsBySha256(sha256s);
    }

    /** The ids of the stored articles with these text hashes, by hash, in one query (hashes not stored are left out). */
    public java.util.Map<String, Long> idsBySha256(java.util.Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return java.util.Map.of();
        }
        return ctx.select(ARTICLE.TEXT_SHA256, ARTICLE.ID).from(ARTICLE).where(ARTICLE.TEXT_SHA256.in(sha256s))
                .fetchMap(ARTICLE.TEXT_SHA256, ARTICLE.ID);
    }

    /** Which of these external ids are taken by stored articles, in one query. */
    public java.util.Set<String> takenExternalIds(java.util.Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(ctx.select(ARTICLE.EXTERNAL_ID).from(ARTICLE)
                .where(ARTICLE.EXTERNAL_ID.in(externalIds)).fetch(ARTICLE.EXTERNAL_ID));
    }

    /** Locks the article's row until the transaction ends, so that decisions on it are taken one at a time. */
    public void lockForDecision(long id) {
        ctx.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.ID.eq(id)).forUpdate().fetch();
    }

    /** Locks these articles' rows until the transaction ends (one statement for a batch of decisions). */
    public void lockForDecision(java.util.Collection<Long> ids) {
        ctx.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.ID.in(ids)).forUpdate().fetch();
    }

    /** These articles with their text, by id, in one query. */
    public java.util.Map<Long, Article> get(java.util.Collection<Long> ids) {
        java.util.Map<Long, Article> found = new java.util.HashMap<>();
        ctx.selectFrom(ARTICLE).where(ARTICLE.ID.in(ids)).forEach(r -> found.put(r.getId(), toArticle(r)));
        return found;
    }

    public Optional<Article> get(long id) {
        return ctx.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional(ArticleStore::toArticle);
    }

    public Optional<Article> byExternalId(String externalId) {
        return ctx.selectFrom(ARTICLE).where(ARTICLE.EXTERNAL_ID.eq(externalId)).fetchOptional(ArticleStore::toArticle);
    }

    /** The id of the article with this text hash, if one is stored. */
    public Optional<Long> idBySha256(String sha256) {
        return ctx.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.TEXT_SHA256.eq(sha256)).fetchOptional(ARTICLE.ID);
    }

    public boolean externalIdExists(String externalId) {
        return ctx.fetchCount(ARTICLE, ARTICLE.EXTERNAL_ID.eq(externalId)) > 0;
    }

    /** All articles without their text, in import order. */
    public List<ArticleSummary> summaries() {
        return ctx.select(ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, ARTICLE.SOURCE, ARTICLE.TEXT_LENGTH)
                .from(ARTICLE)
                .orderBy(ARTICLE.ID)
                .fetch(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** At most {@code limit} summaries of the articles with ids above {@code afterId}, in id order: one page of a listing. */
    public List<ArticleSummary> summariesAfter(long afterId, int limit) {
        return ctx.select(ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, ARTICLE.SOURCE, ARTICLE.TEXT_LENGTH)
                .from(ARTICLE)
                .where(ARTICLE.ID.gt(afterId))
                .orderBy(ARTICLE.ID)
                .limit(limit)
                .fetch(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Streams every article with its text, in id order, without holding them all in memory. */
    public void forEach(Consumer<Article> action) {
        try (var cursor = ctx.selectFrom(ARTICLE).orderBy(ARTICLE.ID).fetchSize(100).fetchLazy()) {
            for (var record : cursor) {
                action.accept(toArticle(record));
            }
        }
    }

    /** Every article's id and text hash, in id order: what a derived index is checked against. */
    public java.util.Map<Long, String> textHashes() {
        java.util.Map<Long, String> hashes = new java.util.LinkedHashMap<>();
        ctx.select(ARTICLE.ID, ARTICLE.TEXT_SHA256).from(ARTICLE).orderBy(ARTICLE.ID)
                .forEach(r -> hashes.put(r.value1(), r.value2()));
        return hashes;
    }

    /** The number of articles and the highest id (0 when none): changes whenever an article is added. */
    public long[] countAndMaxId() {
        var r = ctx.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(ARTICLE.ID)).from(ARTICLE).fetchOne();
        return new long[] {r.value1(), r.value2() == null ? 0 : r.value2()};
    }

    public int count() {
        return ctx.fetchCount(ARTICLE);
    }

    static Article toArticle(Record r) {
        return new Article(r.get(ARTICLE.ID), r.get(ARTICLE.EXTERNAL_ID), r.get(ARTICLE.TITLE), r.get(ARTICLE.SOURCE),
                r.get(ARTICLE.URL), r.get(ARTICLE.PUBLISHED), r.get(ARTICLE.TEXT), r.get(ARTICLE.TEXT_SHA256),
                r.get(ARTICLE.IMPORTED_AT).toInstant());
    }
}
