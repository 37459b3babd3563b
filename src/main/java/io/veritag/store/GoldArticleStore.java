package io.veritag.store;

import static io.veritag.store.generated.Tables.CURATOR;
import static io.veritag.store.generated.Tables.GOLD_ARTICLE;

import io.veritag.model.gold.GoldArticleStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Per-article adjudication status: which annotators are compared, how much is settled, whether it is done. */
public final class GoldArticleStore {
    private static final String SEPARATOR = "\n"; // annotator names may contain commas, never line breaks

    private final DSLContext ctx;

    GoldArticleStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public void save(long articleId, List<String> annotators, int settled, int total, long curatorId) {
        String names = String.join(SEPARATOR, annotators);
        String status = settled == total ? "DONE" : "OPEN";
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(GOLD_ARTICLE.ANNOTATORS, names);
        row.put(GOLD_ARTICLE.STATUS, status);
        row.put(GOLD_ARTICLE.SETTLED, settled);
        row.put(GOLD_ARTICLE.TOTAL, total);
        row.put(GOLD_ARTICLE.CURATOR_ID, curatorId);
        row.put(GOLD_ARTICLE.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC));
        ctx.insertInto(GOLD_ARTICLE)
                .set(GOLD_ARTICLE.ARTICLE_ID, articleId)
                .set(row)
                .onDuplicateKeyUpdate()
                .set(row)
                .execute();
    }

    public Optional<GoldArticleStatus> get(long articleId) {
        return ctx.select(GOLD_ARTICLE.asterisk(), CURATOR.NAME)
                .from(GOLD_ARTICLE).join(CURATOR).on(CURATOR.ID.eq(GOLD_ARTICLE.CURATOR_ID))
                .where(GOLD_ARTICLE.ARTICLE_ID.eq(articleId))
                .fetchOptional(GoldArticleStore::toStatus);
    }

    /** Every article under adjudication, by article id. */
    public List<GoldArticleStatus> all() {
        return ctx.select(GOLD_ARTICLE.asterisk(), CURATOR.NAME)
                .from(GOLD_ARTICLE).join(CURATOR).on(CURATOR.ID.eq(GOLD_ARTICLE.CURATOR_ID))
                .orderBy(GOLD_ARTICLE.ARTICLE_ID)
                .fetch(GoldArticleStore::toStatus);
    }

    /** Ids of the articles whose adjudication is done, ascending. */
    public List<Long> doneArticleIds() {
        return ctx.select(GOLD_ARTICLE.ARTICLE_ID).from(GOLD_ARTICLE)
                .where(GOLD_ARTICLE.STATUS.eq("DONE"))
                .orderBy(GOLD_ARTICLE.ARTICLE_ID)
                .fetch(GOLD_ARTICLE.ARTICLE_ID);
    }

    private static GoldArticleStatus toStatus(Record r) {
        return new GoldArticleStatus(r.get(GOLD_ARTICLE.ARTICLE_ID),
                Arrays.asList(r.get(GOLD_ARTICLE.ANNOTATORS).split(SEPARATOR)),
                "DONE".equals(r.get(GOLD_ARTICLE.STATUS)), r.get(GOLD_ARTICLE.SETTLED), r.get(GOLD_ARTICLE.TOTAL),
                r.get(CURATOR.NAME), r.get(GOLD_ARTICLE.UPDATED_AT).toInstant());
    }
}
