package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE_STATUS;

import io.veritag.model.ArticleStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Row1;
import org.jooq.Table;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Per-annotator article status; an article without a row is {@link ArticleStatus#TODO}. */
public final class StatusStore {
    private final DSLContext ctx;

    StatusStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public void set(long articleId, long annotatorId, ArticleStatus status) {
        ctx.insertInto(ARTICLE_STATUS)
                .set(ARTICLE_STATUS.ARTICLE_ID, articleId)
                .set(ARTICLE_STATUS.ANNOTATOR_ID, annotatorId)
                .set(ARTICLE_STATUS.STATUS, status.name())
                .set(ARTICLE_STATUS.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onDuplicateKeyUpdate()
                .set(ARTICLE_STATUS.STATUS, status.name())
                .set(ARTICLE_STATUS.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        if (ctx.dialect() == SQLDialect.POSTGRES) {
            // others' windows listen (ServerWatch); PostgreSQL delivers it at the commit, and never on a rollback
            ctx.select(DSL.field("pg_notify({0}, {1})", String.class,
                    DSL.inline(ServerWatch.PROGRESS_CHANNEL), DSL.val(Long.toString(articleId)))).fetch();
        }
    }

    /**
     * Sets many statuses as {@link #set} does, as one prepared upsert executed in a JDBC batch (a pair named twice
     * takes its last status); on PostgreSQL each article is announced once, in one statement.
     */
    public void setAll(List<DatasetStore.StatusRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<List<Long>, DatasetStore.StatusRow> last = new LinkedHashMap<>();
        for (DatasetStore.StatusRow row : rows) {
            last.put(List.of(row.articleId(), row.annotatorId()), row);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var batch = ctx.batch(ctx.insertInto(ARTICLE_STATUS, ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.ANNOTATOR_ID,
                        ARTICLE_STATUS.STATUS, ARTICLE_STATUS.UPDATED_AT)
                .values((Long) null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(ARTICLE_STATUS.STATUS, DSL.excluded(ARTICLE_STATUS.STATUS))
                .set(ARTICLE_STATUS.UPDATED_AT, DSL.excluded(ARTICLE_STATUS.UPDATED_AT)));
        for (DatasetStore.StatusRow row : last.values()) {
            batch = batch.bind(row.articleId(), row.annotatorId(), row.status().name(), now);
        }
        batch.execute();
        if (ctx.dialect() == SQLDialect.POSTGRES) {
            announce(last.values().stream().map(DatasetStore.StatusRow::articleId).distinct().toList());
        }
    }

    /** One notification per article, as {@link #set} sends, from one statement. */
    @SuppressWarnings("unchecked")
    private void announce(List<Long> articleIds) {
        Row1<String>[] rows = articleIds.stream().map(id -> DSL.row(Long.toString(id))).toArray(Row1[]::new);
        Table<Record1<String>> ids = DSL.values(rows).as("announced", "article_id");
        ctx.select(DSL.field("pg_notify({0}, {1})", String.class, DSL.inline(ServerWatch.PROGRESS_CHANNEL),
                ids.field("article_id", String.class))).from(ids).fetch();
    }

    /** For each article, how many annotators other than {@code annotatorId} have marked it done (articles with none left out). */
    public Map<Long, Integer> doneByOthers(long annotatorId) {
        return doneByOthers(annotatorId, DSL.noCondition());
    }

    /** The same for these articles only (at most a few hundred: an announcement's worth). */
    public Map<Long, Integer> doneByOthers(long annotatorId, java.util.Collection<Long> articleIds) {
        return articleIds.isEmpty() ? Map.of() : doneByOthers(annotatorId, ARTICLE_STATUS.ARTICLE_ID.in(articleIds));
    }

    private Map<Long, Integer> doneByOthers(long annotatorId, org.jooq.Condition articles) {
        Map<Long, Integer> counts = new HashMap<>();
        ctx.select(ARTICLE_STATUS.ARTICLE_ID, DSL.count())
                .from(ARTICLE_STATUS)
                .where(ARTICLE_STATUS.STATUS.eq(ArticleStatus.DONE.name()).and(ARTICLE_STATUS.ANNOTATOR_ID.ne(annotatorId))
                        .and(articles))
                .groupBy(ARTICLE_STATUS.ARTICLE_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public ArticleStatus get(long articleId, long annotatorId) {
        return ctx.select(ARTICLE_STATUS.STATUS)
                .from(ARTICLE_STATUS)
                .where(ARTICLE_STATUS.ARTICLE_ID.eq(articleId).and(ARTICLE_STATUS.ANNOTATOR_ID.eq(annotatorId)))
                .fetchOptional(ARTICLE_STATUS.STATUS)
                .map(ArticleStatus::valueOf)
                .orElse(ArticleStatus.TODO);
    }

    /** Status of every article that has a row for this annotator. */
    public Map<Long, ArticleStatus> forAnnotator(long annotatorId) {
        Map<Long, ArticleStatus> statuses = new HashMap<>();
        ctx.select(ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.STATUS)
                .from(ARTICLE_STATUS)
                .where(ARTICLE_STATUS.ANNOTATOR_ID.eq(annotatorId))
                .forEach(r -> statuses.put(r.value1(), ArticleStatus.valueOf(r.value2())));
        return statuses;
    }

    /** The statuses of the articles with ids from {@code firstId} to {@code lastId}, by article and annotator id. */
    public Map<Long, Map<Long, ArticleStatus>> forArticles(long firstId, long lastId) {
        Map<Long, Map<Long, ArticleStatus>> statuses = new HashMap<>();
        ctx.select(ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.ANNOTATOR_ID, ARTICLE_STATUS.STATUS)
                .from(ARTICLE_STATUS)
                .where(ARTICLE_STATUS.ARTICLE_ID.between(firstId, lastId))
                .forEach(r -> statuses.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), ArticleStatus.valueOf(r.value3())));
        return statuses;
    }

    /** Per annotator id, how many articles they have in each status (a status with none is absent). */
    public Map<Long, Map<ArticleStatus, Integer>> countsByAnnotator() {
        Map<Long, Map<ArticleStatus, Integer>> counts = new HashMap<>();
        ctx.select(ARTICLE_STATUS.ANNOTATOR_ID, ARTICLE_STATUS.STATUS, DSL.count())
                .from(ARTICLE_STATUS)
                .groupBy(ARTICLE_STATUS.ANNOTATOR_ID, ARTICLE_STATUS.STATUS)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new java.util.EnumMap<>(ArticleStatus.class))
                        .put(ArticleStatus.valueOf(r.value2()), r.value3()));
        return counts;
    }

    /** Status rows of all annotators: article id → annotator id → status. */
    public Map<Long, Map<Long, ArticleStatus>> all() {
        Map<Long, Map<Long, ArticleStatus>> statuses = new HashMap<>();
        ctx.select(ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.ANNOTATOR_ID, ARTICLE_STATUS.STATUS)
                .from(ARTICLE_STATUS)
                .forEach(r -> statuses.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), ArticleStatus.valueOf(r.value3())));
        return statuses;
    }
}
