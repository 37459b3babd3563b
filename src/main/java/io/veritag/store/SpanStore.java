package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.SPAN;

import io.veritag.model.SourceType;
import io.veritag.model.Span;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Spans. The database bounds offsets by the article's length and rejects unknown labels and duplicates. */
public final class SpanStore {
    private final DSLContext ctx;

    SpanStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts a new span and returns it as stored (with id and timestamps). */
    public Span insert(long articleId, long annotatorId, int start, int end, String label, String note) {
        return insert(articleId, annotatorId, start, end, label, note, null, null);
    }

    /** As {@link #insert(long, long, int, int, String, String)}, with a source type (SOURCE spans) and the guideline version. */
    public Span insert(long articleId, long annotatorId, int start, int end, String label, String note,
                       SourceType sourceType, Integer guidelineVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return ctx.insertInto(SPAN)
                .set(SPAN.ARTICLE_ID, articleId)
                .set(SPAN.ARTICLE_LENGTH, DSL.field(DSL.select(ARTICLE.TEXT_LENGTH).from(ARTICLE).where(ARTICLE.ID.eq(articleId))))
                .set(SPAN.ANNOTATOR_ID, annotatorId)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.NOTE, blankToNull(note))
                .set(SPAN.SOURCE_TYPE, sourceType == null ? null : sourceType.name())
                .set(SPAN.GUIDELINE_VERSION, guidelineVersion)
                .set(SPAN.CREATED_AT, now)
                .set(SPAN.UPDATED_AT, now)
                .returning()
                .fetchOne(SpanStore::toSpan);
    }

    /** Puts back a span exactly as it was (same id and timestamps): the undo of a delete. */
    public void restore(Span span) {
        ctx.insertInto(SPAN)
                .set(SPAN.ID, span.id())
                .set(SPAN.ARTICLE_ID, span.articleId())
                .set(SPAN.ARTICLE_LENGTH, DSL.field(DSL.select(ARTICLE.TEXT_LENGTH).from(ARTICLE).where(ARTICLE.ID.eq(span.articleId()))))
                .set(SPAN.ANNOTATOR_ID, span.annotatorId())
                .set(SPAN.START_OFFSET, span.start())
                .set(SPAN.END_OFFSET, span.end())
                .set(SPAN.LABEL, span.label())
                .set(SPAN.NOTE, blankToNull(span.note()))
                .set(SPAN.SOURCE_TYPE, span.sourceType() == null ? null : span.sourceType().name())
                .set(SPAN.UNSURE, span.unsure())
                .set(SPAN.GUIDELINE_VERSION, span.guidelineVersion())
                .set(SPAN.CREATED_AT, span.createdAt().atOffset(ZoneOffset.UTC))
                .set(SPAN.UPDATED_AT, span.updatedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Writes a span's offsets, label and note; returns the span as stored. */
    public Span update(long spanId, int start, int end, String label, String note) {
        int rows = ctx.update(SPAN)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.NOTE, blankToNull(note))
                .set(SPAN.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(SPAN.ID.eq(spanId))
                .execute();
        if (rows != 1) {
            throw new StoreException("span " + spanId + " no longer exists", null);
        }
        return get(spanId).orElseThrow();
    }

    /** Writes a span's flags: its source type (SOURCE spans only, else null) and whether its annotator is unsure. */
    public Span setFlags(long spanId, SourceType sourceType, boolean unsure) {
        int rows = ctx.update(SPAN)
                .set(SPAN.SOURCE_TYPE, sourceType == null ? null : sourceType.name())
                .set(SPAN.UNSURE, unsure)
                .set(SPAN.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(SPAN.ID.eq(spanId))
                .execute();
        if (rows != 1) {
            throw new StoreException("span " + spanId + " no longer exists", null);
        }
        return get(spanId).orElseThrow();
    }

    public boolean delete(long spanId) {
        return ctx.deleteFrom(SPAN).where(SPAN.ID.eq(spanId)).execute() == 1;
    }

    public Optional<Span> get(long spanId) {
        return ctx.selectFrom(SPAN).where(SPAN.ID.eq(spanId)).fetchOptional(SpanStore::toSpan);
    }

    /** The spans of these ids that still exist, in one query. */
    public List<Span> get(long first, long second) {
        return ctx.selectFrom(SPAN).where(SPAN.ID.in(first, second)).fetch(SpanStore::toSpan);
    }

    /** One annotator's spans in one article, by start then end. */
    public List<Span> forArticle(long articleId, long annotatorId) {
        return ctx.selectFrom(SPAN)
                .where(SPAN.ARTICLE_ID.eq(articleId).and(SPAN.ANNOTATOR_ID.eq(annotatorId)))
                .orderBy(SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ID)
                .fetch(SpanStore::toSpan);
    }

    /** Every annotator's spans in one article, by start then end. */
    public List<Span> forArticle(long articleId) {
        return ctx.selectFrom(SPAN)
                .where(SPAN.ARTICLE_ID.eq(articleId))
                .orderBy(SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ANNOTATOR_ID, SPAN.ID)
                .fetch(SpanStore::toSpan);
    }

    /** Every annotator's spans in these articles, per article in {@link #forArticle(long)}'s order, in one query. */
    public Map<Long, List<Span>> forArticles(java.util.Collection<Long> articleIds) {
        Map<Long, List<Span>> found = new java.util.HashMap<>();
        ctx.selectFrom(SPAN)
                .where(SPAN.ARTICLE_ID.in(articleIds))
                .orderBy(SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ANNOTATOR_ID, SPAN.ID)
                .forEach(r -> found.computeIfAbsent(r.getArticleId(), k -> new java.util.ArrayList<>()).add(toSpan(r)));
        return found;
    }

    /**
     * The spans of these annotators in these articles, in one query: article id → annotator id → spans in
     * {@link #forArticle(long, long)}'s order (pairs without spans are left out).
     */
    public Map<Long, Map<Long, List<Span>>> forArticlesAndAnnotators(java.util.Collection<Long> articleIds,
                                                                   java.util.Collection<Long> annotatorIds) {
        Map<Long, Map<Long, List<Span>>> found = new java.util.HashMap<>();
        if (articleIds.isEmpty() || annotatorIds.isEmpty()) {
            return found;
        }
        ctx.selectFrom(SPAN)
                .where(SPAN.ARTICLE_ID.in(articleIds).and(SPAN.ANNOTATOR_ID.in(annotatorIds)))
                .orderBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ID)
                .forEach(r -> found.computeIfAbsent(r.getArticleId(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(r.getAnnotatorId(), k -> new java.util.ArrayList<>()).add(toSpan(r)));
        return found;
    }

    /** Number of spans per article for one annotator. */
    public Map<Long, Integer> countsByArticle(long annotatorId) {
        return ctx.select(SPAN.ARTICLE_ID, DSL.count())
                .from(SPAN)
                .where(SPAN.ANNOTATOR_ID.eq(annotatorId))
                .groupBy(SPAN.ARTICLE_ID)
                .fetchMap(SPAN.ARTICLE_ID, DSL.count());
    }

    /** {@link #countsByArticleAndAnnotator()} for the articles with ids from {@code firstId} to {@code lastId}. */
    public Map<Long, Map<Long, Integer>> countsByArticleAndAnnotator(long firstId, long lastId) {
        Map<Long, Map<Long, Integer>> counts = new java.util.HashMap<>();
        ctx.select(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, DSL.count())
                .from(SPAN)
                .where(SPAN.ARTICLE_ID.between(firstId, lastId))
                .groupBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new java.util.HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    /** Number of spans per annotator id, over every article; an annotator without spans is absent. */
    public Map<Long, Integer> countsByAnnotator() {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        ctx.select(SPAN.ANNOTATOR_ID, DSL.count()).from(SPAN).groupBy(SPAN.ANNOTATOR_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Number of spans per article id and annotator id, for listings. */
    public Map<Long, Map<Long, Integer>> countsByArticleAndAnnotator() {
        Map<Long, Map<Long, Integer>> counts = new java.util.HashMap<>();
        ctx.select(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, DSL.count())
                .from(SPAN)
                .groupBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new java.util.HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    /** Number of spans per label for one annotator in one article. */
    public Map<String, Integer> countsByLabel(long articleId, long annotatorId) {
        return ctx.select(SPAN.LABEL, DSL.count())
                .from(SPAN)
                .where(SPAN.ARTICLE_ID.eq(articleId).and(SPAN.ANNOTATOR_ID.eq(annotatorId)))
                .groupBy(SPAN.LABEL)
                .fetchMap(SPAN.LABEL, DSL.count());
    }

    public int count() {
        return ctx.fetchCount(SPAN);
    }

    static Span toSpan(Record r) {
        return new Span(r.get(SPAN.ID), r.get(SPAN.ARTICLE_ID), r.get(SPAN.ANNOTATOR_ID), r.get(SPAN.START_OFFSET),
                r.get(SPAN.END_OFFSET), r.get(SPAN.LABEL), r.get(SPAN.NOTE), r.get(SPAN.CREATED_AT).toInstant(),
                r.get(SPAN.UPDATED_AT).toInstant(),
                r.get(SPAN.SOURCE_TYPE) == null ? null : SourceType.valueOf(r.get(SPAN.SOURCE_TYPE)),
                Boolean.TRUE.equals(r.get(SPAN.UNSURE)), r.get(SPAN.GUIDELINE_VERSION));
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note;
    }
}
