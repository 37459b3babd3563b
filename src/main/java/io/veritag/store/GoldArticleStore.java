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

    /** The columns {@link #save} sets, in the order it binds them (after the article's id). */
    private static final List<Field<?>> SAVED_COLUMNS = List.of(GOLD_ARTICLE.ANNOTATORS, GOLD_ARTICLE.STATUS,
            GOLD_ARTICLE.SETTLED, GOLD_ARTICLE.TOTAL, GOLD_ARTICLE.CURATOR_ID, GOLD_ARTICLE.UPDATED_AT);

    public void save(long articleId, List<String> annotators, int settled, int total, long curatorId) {
        Object[] row = {String.join(SEPARATOR, annotators), settled == total ? "DONE" : "OPEN", settled, total,
            curatorId, OffsetDateTime.now(ZoneOffset.UTC)};
        String upsert = RenderedSql.of(ctx, "gold article", () -> ctx.insertInto(GOLD_ARTICLE)
                .set(GOLD_ARTICLE.ARTICLE_ID, RenderedSql.param(0, GOLD_ARTICLE.ARTICLE_ID))
                .set(columnParams(1))
                .onDuplicateKeyUpdate()
                .set(columnParams(1 + SAVED_COLUMNS.size())));
        List<Object> values = new java.util.ArrayList<>();
        values.add(RenderedSql.value(articleId, GOLD_ARTICLE.ARTICLE_ID));
        values.addAll(RenderedSql.values(SAVED_COLUMNS, row)); // inserted,
        values.addAll(RenderedSql.values(SAVED_COLUMNS, row)); // or updated
        ctx.query(upsert, values.toArray()).execute();
    }

    /** The saved columns, each set to its parameter (numbered from {@code first}). */
    private static Map<Field<?>, Object> columnParams(int first) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        List<org.jooq.Param<?>> params = RenderedSql.params(SAVED_COLUMNS, first);
        for (int i = 0; i < SAVED_COLUMNS.size(); i++) {
            set.put(SAVED_COLUMNS.get(i), params.get(i));
        }
        return set;
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
