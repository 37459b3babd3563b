package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.GOLD_SPAN;

import io.veritag.model.Label;
import io.veritag.model.SourceType;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Gold spans. The database bounds offsets by the article's length and rejects unknown labels and duplicates. */
public final class GoldSpanStore {
    private final DSLContext ctx;

    GoldSpanStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public GoldSpan insert(long articleId, LabeledRange range) {
        return insert(articleId, range, null);
    }

    /** Inserts a gold span; {@code sourceType} only for a SOURCE span (null: not settled). */
    public GoldSpan insert(long articleId, LabeledRange range, SourceType sourceType) {
        long id = write(null, articleId, range, sourceType);
        return new GoldSpan(id, articleId, range.start(), range.end(), range.label(), sourceType);
    }

    /** Puts a gold span back under its old id: undo of a removal, redo of a creation. */
    public GoldSpan restore(long id, long articleId, LabeledRange range) {
        return restore(id, articleId, range, null);
    }

    /** Puts a gold span back under its old id, with its source type. */
    public GoldSpan restore(long id, long articleId, LabeledRange range, SourceType sourceType) {
        write(id, articleId, range, sourceType);
        return new GoldSpan(id, articleId, range.start(), range.end(), range.label(), sourceType);
    }

    /** Sets (or, with null, clears) the source type of a gold SOURCE span; the database refuses any other span. */
    public GoldSpan setSourceType(long id, SourceType sourceType) {
        int rows = ctx.update(GOLD_SPAN)
                .set(GOLD_SPAN.SOURCE_TYPE, sourceType == null ? null : sourceType.name())
                .set(GOLD_SPAN.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(GOLD_SPAN.ID.eq(id))
                .execute();
        if (rows != 1) {
            throw new StoreException("gold span " + id + " no longer exists", null);
        }
        return get(id).orElseThrow();
    }

    /**
     * Inserts a row, with the given id or (null) a new one; returns the id. The article's length is read by the
     * statement itself, for the foreign key that keeps every span inside its article's text.
     */
    private long write(Long id, long articleId, LabeledRange range, SourceType sourceType) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object> values = new java.util.ArrayList<>(List.of(
                RenderedSql.value(articleId, GOLD_SPAN.ARTICLE_ID), RenderedSql.value(articleId, ARTICLE.ID),
                RenderedSql.value(range.start(), GOLD_SPAN.START_OFFSET), RenderedSql.value(range.end(), GOLD_SPAN.END_OFFSET),
                RenderedSql.value(range.label(), GOLD_SPAN.LABEL),
                RenderedSql.value(sourceType == null ? null : sourceType.name(), GOLD_SPAN.SOURCE_TYPE),
                RenderedSql.value(now, GOLD_SPAN.CREATED_AT), RenderedSql.value(now, GOLD_SPAN.UPDATED_AT)));
        if (id != null) {
            values.add(RenderedSql.value(id, GOLD_SPAN.ID));
            ctx.query(RenderedSql.of(ctx, "gold span with id", () -> insert(true)), values.toArray()).execute();
            return id;
        }
        return ctx.resultQuery(RenderedSql.of(ctx, "gold span", () -> insert(false).returningResult(GOLD_SPAN.ID)),
                values.toArray()).fetchOne().get(0, Long.class);
    }

    /** The insert of {@link #write}, its parameters in the order {@link #write} binds them. */
    private org.jooq.InsertSetMoreStep<?> insert(boolean withId) {
        var insert = ctx.insertInto(GOLD_SPAN)
                .set(GOLD_SPAN.ARTICLE_ID, RenderedSql.param(0, GOLD_SPAN.ARTICLE_ID))
                .set(GOLD_SPAN.ARTICLE_LENGTH, DSL.field(DSL.select(ARTICLE.TEXT_LENGTH).from(ARTICLE)
                        .where(ARTICLE.ID.eq(RenderedSql.param(1, ARTICLE.ID)))))
                .set(GOLD_SPAN.START_OFFSET, RenderedSql.param(2, GOLD_SPAN.START_OFFSET))
                .set(GOLD_SPAN.END_OFFSET, RenderedSql.param(3, GOLD_SPAN.END_OFFSET))
                .set(GOLD_SPAN.LABEL, RenderedSql.param(4, GOLD_SPAN.LABEL))
                .set(GOLD_SPAN.SOURCE_TYPE, RenderedSql.param(5, GOLD_SPAN.SOURCE_TYPE))
                .set(GOLD_SPAN.CREATED_AT, RenderedSql.param(6, GOLD_SPAN.CREATED_AT))
                .set(GOLD_SPAN.UPDATED_AT, RenderedSql.param(7, GOLD_SPAN.UPDATED_AT));
        return withId ? insert.set(GOLD_SPAN.ID, RenderedSql.param(8, GOLD_SPAN.ID)) : insert;
    }

    /** Moves or relabels a gold span; a source type it had is kept while it stays a SOURCE span. */
    public GoldSpan update(long id, LabeledRange range) {
        int rows = ctx.update(GOLD_SPAN)
                .set(GOLD_SPAN.SOURCE_TYPE, Label.SOURCE.equals(range.label()) ? GOLD_SPAN.SOURCE_TYPE : DSL.castNull(GOLD_SPAN.SOURCE_TYPE))
                .set(GOLD_SPAN.START_OFFSET, range.start())
                .set(GOLD_SPAN.END_OFFSET, range.end())
                .set(GOLD_SPAN.LABEL, range.label())
                .set(GOLD_SPAN.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(GOLD_SPAN.ID.eq(id))
                .execute();
        if (rows != 1) {
            throw new StoreException("gold span " + id + " no longer exists", null);
        }
        return get(id).orElseThrow();
    }

    public void delete(long id) {
        if (ctx.deleteFrom(GOLD_SPAN).where(GOLD_SPAN.ID.eq(id)).execute() != 1) {
            throw new StoreException("gold span " + id + " no longer exists", null);
        }
    }

    public Optional<GoldSpan> get(long id) {
        return ctx.selectFrom(GOLD_SPAN).where(GOLD_SPAN.ID.eq(id)).fetchOptional(GoldSpanStore::toGoldSpan);
    }

    /** The gold spans of one article, by start, end, label. */
    public List<GoldSpan> forArticle(long articleId) {
        return ctx.selectFrom(GOLD_SPAN)
                .where(GOLD_SPAN.ARTICLE_ID.eq(articleId))
                .orderBy(GOLD_SPAN.START_OFFSET, GOLD_SPAN.END_OFFSET, GOLD_SPAN.LABEL, GOLD_SPAN.ID)
                .fetch(GoldSpanStore::toGoldSpan);
    }

    /** Streams the gold spans of the given articles, by article, start, end, label. */
    public void forEachInArticles(Collection<Long> articleIds, Consumer<GoldSpan> action) {
        try (var cursor = ctx.selectFrom(GOLD_SPAN)
                .where(GOLD_SPAN.ARTICLE_ID.in(articleIds))
                .orderBy(GOLD_SPAN.ARTICLE_ID, GOLD_SPAN.START_OFFSET, GOLD_SPAN.END_OFFSET, GOLD_SPAN.LABEL, GOLD_SPAN.ID)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var record : cursor) {
                action.accept(toGoldSpan(record));
            }
        }
    }

    /** Number of gold spans per article id (articles without gold are absent). */
    public Map<Long, Integer> countsByArticle() {
        return ctx.select(GOLD_SPAN.ARTICLE_ID, DSL.count())
                .from(GOLD_SPAN)
                .groupBy(GOLD_SPAN.ARTICLE_ID)
                .fetchMap(GOLD_SPAN.ARTICLE_ID, DSL.count());
    }

    static GoldSpan toGoldSpan(Record r) {
        String sourceType = r.get(GOLD_SPAN.SOURCE_TYPE);
        return new GoldSpan(r.get(GOLD_SPAN.ID), r.get(GOLD_SPAN.ARTICLE_ID), r.get(GOLD_SPAN.START_OFFSET),
                r.get(GOLD_SPAN.END_OFFSET), r.get(GOLD_SPAN.LABEL), sourceType == null ? null : SourceType.valueOf(sourceType));
    }
}
