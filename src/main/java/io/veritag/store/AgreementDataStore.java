package io.veritag.store;

import static io.veritag.store.generated.Tables.ANNOTATOR;
import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.ARTICLE_STATUS;
import static io.veritag.store.generated.Tables.SPAN;
import static io.veritag.store.generated.Tables.SPAN_LINK;

import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The reads an agreement report needs: who marked which articles, and the chosen articles' texts and spans,
 * whole or one batch of articles at a time ({@link #batch}: only the columns the measures use).
 */
public final class AgreementDataStore {
    /** Ids per IN list, well below every database's parameter limit. */
    private static final int CHUNK = 1000;

    private final DSLContext ctx;

    AgreementDataStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Article id → ids of the annotators who have at least one span in it. */
    public Map<Long, Set<Long>> annotatorsWithSpansByArticle() {
        Map<Long, Set<Long>> result = new HashMap<>();
        ctx.selectDistinct(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID).from(SPAN)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return result;
    }

    /** Ids of the annotators with at least one span this login may read (one index probe per annotator). */
    public Set<Long> annotatorsWithSpans() {
        return new HashSet<>(ctx.select(ANNOTATOR.ID).from(ANNOTATOR)
                .whereExists(DSL.selectOne().from(SPAN).where(SPAN.ANNOTATOR_ID.eq(ANNOTATOR.ID)))
                .fetch(r -> r.value1()));
    }

    /** An article as the agreement measures read it: id, title and text. */
    public record ArticleText(long id, String title, String text) {
    }

    /** A span as the agreement measures compare it (no note, no times); offsets in UTF-16 units. */
    public record ComparedSpan(long id, long articleId, long annotatorId, int start, int end, String label,
                               SourceType sourceType, boolean unsure) {
    }

    /** A link as the agreement measures compare it. */
    public record ComparedLink(long articleId, long annotatorId, long fromSpanId, long toSpanId, LinkType type) {
    }

    /**
     * A batch of articles with these annotators' spans and links: articles by ascending id, spans by article,
     * annotator, start, end, label and id, links by id (the order {@link #articles}, {@link #spans} and
     * {@link #links} give).
     */
    public record Batch(List<ArticleText> articles, List<ComparedSpan> spans, List<ComparedLink> links) {
    }

    /**
     * Reads one batch: the articles with these ids (at most a few thousand, ascending) with the spans and links of
     * these annotators, three queries, only the columns the measures use. Ids that lie close together (the usual
     * case: a batch of a project's articles in id order) are read as one id range, each table walked along its
     * article index, and the rows of articles between them that were not asked for are dropped here; scattered
     * ids are read by an IN list. A range costs the database nothing per row, where a long IN list of parameters
     * was compared with every row read.
     */
    public Batch batch(Collection<Long> articleIds, Collection<Long> annotatorIds) {
        if (articleIds.isEmpty()) {
            return new Batch(List.of(), List.of(), List.of());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long id : articleIds) {
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        // a range when at most half the articles in it are not wanted
        boolean range = last - first + 1 <= 2L * articleIds.size();
        Set<Long> wanted = range && last - first + 1 > articleIds.size() ? new HashSet<>(articleIds) : null;
        Condition articleWanted = range ? ARTICLE.ID.between(first, last) : ARTICLE.ID.in(articleIds);
        List<ArticleText> articles = new ArrayList<>(articleIds.size());
        ctx.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.TEXT).from(ARTICLE)
                .where(articleWanted)
                .orderBy(ARTICLE.ID)
                .forEach(r -> {
                    if (wanted == null || wanted.contains(r.value1())) {
                        articles.add(new ArticleText(r.value1(), r.value2(), r.value3()));
                    }
                });
        if (annotatorIds.isEmpty()) {
            return new Batch(articles, List.of(), List.of());
        }
        Map<String, String> labels = new HashMap<>(); // one String per label name, not one per row
        List<ComparedSpan> spans = new ArrayList<>();
        // a range is asked by article alone, so that H2 walks the span table's (article, annotator, …) index in the
        // order wanted; with the annotators in the condition it took the (annotator, article) index and sorted,
        // several times slower. Other annotators' spans (none when everyone is compared) are dropped here.
        Set<Long> annotatorSet = range ? new HashSet<>(annotatorIds) : null;
        ctx.select(SPAN.ID, SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET,
                        SPAN.END_OFFSET, SPAN.LABEL, SPAN.SOURCE_TYPE, SPAN.UNSURE)
                .from(SPAN)
                .where(range ? SPAN.ARTICLE_ID.between(first, last)
                        : SPAN.ARTICLE_ID.in(articleIds).and(SPAN.ANNOTATOR_ID.in(annotatorIds)))
                .orderBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ID)
                .forEach(r -> {
                    if ((wanted == null || wanted.contains(r.value2()))
                            && (annotatorSet == null || annotatorSet.contains(r.value3()))) {
                        spans.add(new ComparedSpan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                                labels.computeIfAbsent(r.value6(), l -> l),
                                r.value7() == null ? null : SourceType.valueOf(r.value7()), Boolean.TRUE.equals(r.value8())));
                    }
                });
        List<ComparedLink> links = new ArrayList<>();
        ctx.select(SPAN_LINK.ARTICLE_ID, SPAN_LINK.ANNOTATOR_ID, SPAN_LINK.FROM_SPAN_ID,
                        SPAN_LINK.TO_SPAN_ID, SPAN_LINK.LINK_TYPE)
                .from(SPAN_LINK)
                .where((range ? SPAN_LINK.ARTICLE_ID.between(first, last) : SPAN_LINK.ARTICLE_ID.in(articleIds))
                        .and(SPAN_LINK.ANNOTATOR_ID.in(annotatorIds)))
                .orderBy(SPAN_LINK.ID)
                .forEach(r -> {
                    if (wanted == null || wanted.contains(r.value1())) {
                        links.add(new ComparedLink(r.value1(), r.value2(), r.value3(), r.value4(), LinkType.valueOf(r.value5())));
                    }
                });
        return new Batch(articles, spans, links);
    }

    /**
     * Ids (ascending) of the articles that every one of these annotators has marked done, only those of
     * {@code source} when it is not null: one grouped query over the status table instead of every article's
     * row and every status in memory.
     */
    public List<Long> doneByAll(Collection<Long> annotatorIds, String source) {
        if (annotatorIds.isEmpty()) {
            return List.of();
        }
        Set<Long> distinct = new HashSet<>(annotatorIds);
        Condition done = ARTICLE_STATUS.ANNOTATOR_ID.in(distinct).and(ARTICLE_STATUS.STATUS.eq(ArticleStatus.DONE.name()));
        List<Long> ids = new ArrayList<>();
        // the article table only when a source is asked for (every status names an article: a foreign key); H2
        // spends most of this query in the join otherwise
        var statuses = source == null
                ? ctx.select(ARTICLE_STATUS.ARTICLE_ID).from(ARTICLE_STATUS).where(done)
                : ctx.select(ARTICLE_STATUS.ARTICLE_ID).from(ARTICLE_STATUS)
                        .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_STATUS.ARTICLE_ID))
                        .where(done.and(ARTICLE.SOURCE.eq(source)));
        statuses
                .groupBy(ARTICLE_STATUS.ARTICLE_ID)
                .having(DSL.count().eq(distinct.size()))
                .orderBy(ARTICLE_STATUS.ARTICLE_ID)
                .forEach(r -> ids.add(r.value1()));
        return ids;
    }

    /** The lowest and highest article id, or null when there is no article. */
    public long[] articleIdBounds() {
        var r = ctx.select(DSL.min(ARTICLE.ID), DSL.max(ARTICLE.ID)).from(ARTICLE).fetchOne();
        return r == null || r.value1() == null ? null : new long[] {r.value1(), r.value2()};
    }

    /**
     * {@link #doneByAll(Collection, String)} of the articles with ids from {@code firstId} to {@code lastId}: the
     * status table walked along its primary key over that range (one short, sorted read, no grouping), so that
     * the articles can be chosen a range at a time beside the reading of the previous range.
     */
    public List<Long> doneByAll(Collection<Long> annotatorIds, String source, long firstId, long lastId) {
        Set<Long> chosen = new HashSet<>(annotatorIds);
        List<Long> ids = new ArrayList<>();
        if (chosen.isEmpty()) {
            return ids;
        }
        Set<Long> ofSource = source == null ? null : new HashSet<>(ctx.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.ID.between(firstId, lastId).and(ARTICLE.SOURCE.eq(source)))
                .fetch(r -> r.value1()));
        long[] current = {0, 0}; // article id, chosen annotators who marked it done
        ctx.select(ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.ANNOTATOR_ID).from(ARTICLE_STATUS)
                .where(ARTICLE_STATUS.ARTICLE_ID.between(firstId, lastId)
                        .and(ARTICLE_STATUS.STATUS.eq(ArticleStatus.DONE.name())))
                .orderBy(ARTICLE_STATUS.ARTICLE_ID)
                .forEach(r -> {
                    if (!chosen.contains(r.value2())) {
                        return;
                    }
                    if (current[1] == 0 || current[0] != r.value1()) {
                        if (current[1] == chosen.size()) {
                            ids.add(current[0]);
                        }
                        current[0] = r.value1();
                        current[1] = 0;
                    }
                    current[1]++;
                });
        if (current[1] == chosen.size()) {
            ids.add(current[0]);
        }
        if (ofSource != null) {
            ids.removeIf(id -> !ofSource.contains(id));
        }
        return ids;
    }

    /** The articles with these ids, text included, by ascending id. */
    public List<Article> articles(Collection<Long> ids) {
        List<Article> result = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(ids)) {
            result.addAll(ctx.selectFrom(ARTICLE).where(ARTICLE.ID.in(chunk)).fetch(ArticleStore::toArticle));
        }
        result.sort(java.util.Comparator.comparingLong(Article::id));
        return result;
    }

    /** The spans of these annotators in these articles. */
    public List<Span> spans(Collection<Long> articleIds, Collection<Long> annotatorIds) {
        List<Span> result = new ArrayList<>();
        if (annotatorIds.isEmpty()) {
            return result;
        }
        for (List<Long> chunk : chunks(articleIds)) {
            result.addAll(ctx.selectFrom(SPAN)
                    .where(SPAN.ARTICLE_ID.in(chunk).and(SPAN.ANNOTATOR_ID.in(annotatorIds)))
                    .orderBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ID)
                    .fetch(SpanStore::toSpan));
        }
        return result;
    }

    /** The links of these annotators in these articles. */
    public List<Link> links(Collection<Long> articleIds, Collection<Long> annotatorIds) {
        List<Link> result = new ArrayList<>();
        if (annotatorIds.isEmpty()) {
            return result;
        }
        for (List<Long> chunk : chunks(articleIds)) {
            result.addAll(ctx.selectFrom(SPAN_LINK)
                    .where(SPAN_LINK.ARTICLE_ID.in(chunk).and(SPAN_LINK.ANNOTATOR_ID.in(annotatorIds)))
                    .orderBy(SPAN_LINK.ID)
                    .fetch(LinkStore::toLink));
        }
        return result;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
