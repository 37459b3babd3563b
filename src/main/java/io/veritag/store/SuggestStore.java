package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.GOLD_SPAN;
import static io.veritag.store.generated.Tables.ARTICLE_STATUS;
import static io.veritag.store.generated.Tables.SPAN;
import static io.veritag.store.generated.Tables.SPAN_ORIGIN;
import static io.veritag.store.generated.Tables.SUGGEST_CUE;
import static io.veritag.store.generated.Tables.SUGGEST_RECOMMENDER;
import static io.veritag.store.generated.Tables.SUGGEST_REJECTION;

import io.veritag.model.gold.LabeledRange;
import io.veritag.model.suggest.Cue;
import io.veritag.model.suggest.RecommenderSetting;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Suggestion settings, the project's cue lists, rejected suggestions and where accepted spans came from. */
public final class SuggestStore {
    private final DSLContext ctx;

    SuggestStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<RecommenderSetting> settings() {
        return ctx.selectFrom(SUGGEST_RECOMMENDER).orderBy(SUGGEST_RECOMMENDER.NAME)
                .fetch(r -> new RecommenderSetting(r.getName(), r.getEnabled(), r.getMinF1Percent()));
    }

    public void saveSetting(RecommenderSetting setting) {
        int updated = ctx.update(SUGGEST_RECOMMENDER)
                .set(SUGGEST_RECOMMENDER.ENABLED, setting.enabled())
                .set(SUGGEST_RECOMMENDER.MIN_F1_PERCENT, setting.minF1Percent())
                .where(SUGGEST_RECOMMENDER.NAME.eq(setting.recommender()))
                .execute();
        if (updated == 0) {
            throw new IllegalArgumentException("no recommender named " + setting.recommender());
        }
    }

    /** The cue lists, by list and phrase. */
    public List<Cue> cues() {
        return ctx.selectFrom(SUGGEST_CUE).orderBy(SUGGEST_CUE.LIST_NAME, SUGGEST_CUE.PHRASE)
                .fetch(r -> new Cue(r.getListName(), r.getPhrase(), r.getLabel()));
    }

    /** Adds a cue, or gives an existing one (same list and phrase) the cue's label. */
    public void putCue(Cue cue) {
        ctx.insertInto(SUGGEST_CUE)
                .set(SUGGEST_CUE.LIST_NAME, cue.list())
                .set(SUGGEST_CUE.PHRASE, cue.phrase())
                .set(SUGGEST_CUE.LABEL, cue.label())
                .onDuplicateKeyUpdate()
                .set(SUGGEST_CUE.LABEL, cue.label())
                .execute();
    }

    public boolean removeCue(String list, String phrase) {
        return ctx.deleteFrom(SUGGEST_CUE)
                .where(SUGGEST_CUE.LIST_NAME.eq(list).and(SUGGEST_CUE.PHRASE.eq(phrase)))
                .execute() > 0;
    }

    /** Remembers a rejection (again is harmless). */
    public void reject(long articleId, long annotatorId, LabeledRange range, String recommender) {
        ctx.insertInto(SUGGEST_REJECTION)
                .set(SUGGEST_REJECTION.ARTICLE_ID, articleId)
                .set(SUGGEST_REJECTION.ANNOTATOR_ID, annotatorId)
                .set(SUGGEST_REJECTION.START_OFFSET, range.start())
                .set(SUGGEST_REJECTION.END_OFFSET, range.end())
                .set(SUGGEST_REJECTION.LABEL, range.label())
                .set(SUGGEST_REJECTION.RECOMMENDER, recommender)
                .set(SUGGEST_REJECTION.REJECTED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onDuplicateKeyIgnore()
                .execute();
    }

    public void forgetRejection(long articleId, long annotatorId, LabeledRange range) {
        ctx.deleteFrom(SUGGEST_REJECTION)
                .where(SUGGEST_REJECTION.ARTICLE_ID.eq(articleId)
                        .and(SUGGEST_REJECTION.ANNOTATOR_ID.eq(annotatorId))
                        .and(SUGGEST_REJECTION.START_OFFSET.eq(range.start()))
                        .and(SUGGEST_REJECTION.END_OFFSET.eq(range.end()))
                        .and(SUGGEST_REJECTION.LABEL.eq(range.label())))
                .execute();
    }

    /** What this annotator rejected in this article. */
    public List<LabeledRange> rejections(long articleId, long annotatorId) {
        return ctx.select(SUGGEST_REJECTION.START_OFFSET, SUGGEST_REJECTION.END_OFFSET, SUGGEST_REJECTION.LABEL)
                .from(SUGGEST_REJECTION)
                .where(SUGGEST_REJECTION.ARTICLE_ID.eq(articleId).and(SUGGEST_REJECTION.ANNOTATOR_ID.eq(annotatorId)))
                .fetch(r -> new LabeledRange(r.value1(), r.value2(), r.value3()));
    }

    public void setOrigin(long spanId, String recommender) {
        ctx.insertInto(SPAN_ORIGIN)
                .set(SPAN_ORIGIN.SPAN_ID, spanId)
                .set(SPAN_ORIGIN.RECOMMENDER, recommender)
                .onDuplicateKeyUpdate()
                .set(SPAN_ORIGIN.RECOMMENDER, recommender)
                .execute();
    }

    public Optional<String> origin(long spanId) {
        return ctx.select(SPAN_ORIGIN.RECOMMENDER).from(SPAN_ORIGIN).where(SPAN_ORIGIN.SPAN_ID.eq(spanId))
                .fetchOptional(SPAN_ORIGIN.RECOMMENDER);
    }

    /** Span id → recommender, for the accepted spans among one annotator's spans in one article. */
    public Map<Long, String> origins(long articleId, long annotatorId) {
        Map<Long, String> origins = new HashMap<>();
        ctx.select(SPAN_ORIGIN.SPAN_ID, SPAN_ORIGIN.RECOMMENDER)
                .from(SPAN_ORIGIN).join(SPAN).on(SPAN.ID.eq(SPAN_ORIGIN.SPAN_ID))
                .where(SPAN.ARTICLE_ID.eq(articleId).and(SPAN.ANNOTATOR_ID.eq(annotatorId)))
                .forEach(r -> origins.put(r.value1(), r.value2()));
        return origins;
    }

    /** The ids of every accepted span (any annotator): what the agreement report sets apart from manual spans. */
    public java.util.Set<Long> acceptedSpanIds() {
        return new java.util.HashSet<>(ctx.select(SPAN_ORIGIN.SPAN_ID).from(SPAN_ORIGIN).fetch(SPAN_ORIGIN.SPAN_ID));
    }

    /**
     * The text and label of every span of this annotator (any article), or of every gold span when
     * {@code annotatorId} is null: what the same-text recommender learns. Texts are cut in Java (UTF-16).
     */
    public void forEachSpanText(Long annotatorId, java.util.function.BiConsumer<String, String> action) {
        List<org.jooq.Record4<Long, Integer, Integer, String>> rows = annotatorId == null
                ? ctx.select(GOLD_SPAN.ARTICLE_ID, GOLD_SPAN.START_OFFSET, GOLD_SPAN.END_OFFSET, GOLD_SPAN.LABEL)
                        .from(GOLD_SPAN).orderBy(GOLD_SPAN.ID).fetch()
                : ctx.select(SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL)
                        .from(SPAN).where(SPAN.ANNOTATOR_ID.eq(annotatorId)).orderBy(SPAN.ID).fetch();
        if (rows.isEmpty()) {
            return;
        }
        java.util.Set<Long> articleIds = new java.util.HashSet<>();
        rows.forEach(r -> articleIds.add(r.value1()));
        Map<Long, String> texts = ctx.select(ARTICLE.ID, ARTICLE.TEXT).from(ARTICLE).where(ARTICLE.ID.in(articleIds))
                .fetchMap(ARTICLE.ID, ARTICLE.TEXT);
        for (var r : rows) {
            action.accept(texts.get(r.value1()).substring(r.value2(), r.value3()), r.value4());
        }
    }

    /**
     * Span id → place and label of every span of this annotator (any article), or of every gold span when
     * {@code annotatorId} is null: no texts, so that the same-text recommender can see what changed cheaply.
     */
    public Map<Long, io.veritag.model.suggest.SpanPlace> spanPlaces(Long annotatorId) {
        Map<Long, io.veritag.model.suggest.SpanPlace> places = new HashMap<>();
        if (annotatorId == null) {
            ctx.select(GOLD_SPAN.ID, GOLD_SPAN.ARTICLE_ID, GOLD_SPAN.START_OFFSET, GOLD_SPAN.END_OFFSET, GOLD_SPAN.LABEL)
                    .from(GOLD_SPAN)
                    .forEach(r -> places.put(r.value1(), new io.veritag.model.suggest.SpanPlace(r.value2(), r.value3(), r.value4(), r.value5())));
        } else {
            ctx.select(SPAN.ID, SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL)
                    .from(SPAN).where(SPAN.ANNOTATOR_ID.eq(annotatorId))
                    .forEach(r -> places.put(r.value1(), new io.veritag.model.suggest.SpanPlace(r.value2(), r.value3(), r.value4(), r.value5())));
        }
        return places;
    }

    /** Article id → text, for the given articles. */
    public Map<Long, String> articleTexts(java.util.Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return ctx.select(ARTICLE.ID, ARTICLE.TEXT).from(ARTICLE).where(ARTICLE.ID.in(articleIds))
                .fetchMap(ARTICLE.ID, ARTICLE.TEXT);
    }

    /**
     * Like {@link #spansFingerprint}, over the annotator's spans in the articles they marked done only (what
     * their model learns from): spans accepted or drawn in an article still being labeled leave it alone.
     */
    public String doneSpansFingerprint(long annotatorId) {
        var row = ctx.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(SPAN.UPDATED_AT), org.jooq.impl.DSL.max(SPAN.ID))
                .from(SPAN).join(ARTICLE_STATUS).on(ARTICLE_STATUS.ARTICLE_ID.eq(SPAN.ARTICLE_ID)
                        .and(ARTICLE_STATUS.ANNOTATOR_ID.eq(SPAN.ANNOTATOR_ID)))
                .where(SPAN.ANNOTATOR_ID.eq(annotatorId)).and(ARTICLE_STATUS.STATUS.eq(io.veritag.model.ArticleStatus.DONE.name()))
                .fetchOne();
        return row.value1() + "/" + row.value2() + "/" + row.value3();
    }

    /** A cheap fingerprint of an annotator's spans (or gold's, for null): changes whenever they change. */
    public String spansFingerprint(Long annotatorId) {
        var row = annotatorId == null
                ? ctx.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(GOLD_SPAN.UPDATED_AT), org.jooq.impl.DSL.max(GOLD_SPAN.ID)).from(GOLD_SPAN).fetchOne()
                : ctx.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(SPAN.UPDATED_AT), org.jooq.impl.DSL.max(SPAN.ID)).from(SPAN)
                        .where(SPAN.ANNOTATOR_ID.eq(annotatorId)).fetchOne();
        return row.value1() + "/" + row.value2() + "/" + row.value3();
    }
}
