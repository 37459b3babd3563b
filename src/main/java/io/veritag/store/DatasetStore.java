package io.veritag.store;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Bulk reads and writes for dataset export and annotation import: streamed, one article at a time. */
public final class DatasetStore {
    private static final int ROWS_PER_INSERT = 500;
    private final DSLContext ctx;

    DatasetStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** A span to insert: UTF-16 offsets, end-exclusive; a SOURCE span with its source type. */
    public record NewSpan(int start, int end, String label, String note, SourceType sourceType, boolean unsure) {
        public NewSpan {
            Objects.requireNonNull(label, "label");
        }

        /** A span without source type or flag. */
        public NewSpan(int start, int end, String label, String note) {
            this(start, end, label, note, null, false);
        }
    }

    /** What {@link #forEachArticle} hands on: one article with the chosen annotators' spans and links. */
    @FunctionalInterface
    public interface ArticleRows {
        void accept(Article article, List<Span> spans, List<Link> links);
    }

    /** Articles whose spans and links are read together: a few thousand spans in memory at a time. */
    static final int ARTICLES_PER_READ = 500;

    /**
     * Streams every article in external-id order with the spans (by annotator id, start, end, label) and the
     * links (by id) of the given annotators. The articles are walked by one cursor; the spans and links of each
     * {@value #ARTICLES_PER_READ} of them are read by article id, through the indexes. (Sorting every span of the
     * database by the articles' external ids, as this did before, made H2 sort a million rows on disk: most of a
     * 100,000-article export's time.)
     */
    public void forEachArticle(Collection<Long> annotatorIds, ArticleRows action) {
        try (var articles = ctx.selectFrom(ARTICLE).orderBy(ARTICLE.EXTERNAL_ID).fetchSize(200).fetchLazy()) {
            List<Article> batch = new ArrayList<>(ARTICLES_PER_READ);
            while (articles.hasNext()) {
                batch.add(ArticleStore.toArticle(articles.fetchNext()));
                if (batch.size() == ARTICLES_PER_READ) {
                    hand(batch, annotatorIds, action);
                    batch.clear();
                }
            }
            hand(batch, annotatorIds, action);
        }
    }

    /** Reads the spans and links of {@code batch}'s articles and hands each article on, in the batch's order. */
    private void hand(List<Article> batch, Collection<Long> annotatorIds, ArticleRows action) {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = batch.stream().map(Article::id).toList();
        Map<Long, List<Span>> spans = new HashMap<>();
        Map<Long, List<Link>> links = new HashMap<>();
        if (!annotatorIds.isEmpty()) {
            ctx.select(SPAN.fields()).from(SPAN)
                    .where(SPAN.ARTICLE_ID.in(ids), SPAN.ANNOTATOR_ID.in(annotatorIds))
                    .orderBy(SPAN.ARTICLE_ID, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN.ID)
                    .fetch()
                    .forEach(r -> {
                        Span span = SpanStore.toSpan(r);
                        spans.computeIfAbsent(span.articleId(), id -> new ArrayList<>()).add(span);
                    });
            ctx.select(SPAN_LINK.fields()).from(SPAN_LINK)
                    .where(SPAN_LINK.ARTICLE_ID.in(ids), SPAN_LINK.ANNOTATOR_ID.in(annotatorIds))
                    .orderBy(SPAN_LINK.ID)
                    .fetch()
                    .forEach(r -> {
                        Link link = LinkStore.toLink(r);
                        links.computeIfAbsent(link.articleId(), id -> new ArrayList<>()).add(link);
                    });
        }
        for (Article article : batch) {
            action.accept(article, spans.getOrDefault(article.id(), new ArrayList<>()),
                    links.getOrDefault(article.id(), new ArrayList<>()));
        }
    }

    /** A span row ready for a batch insert. */
    public record SpanRow(long articleId, int articleLength, long annotatorId, NewSpan span) {
    }

    /** Inserts span rows of any articles and annotators as one prepared statement executed in a JDBC batch. */
    public void insertSpanRows(List<SpanRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var batch = ctx.batch(ctx.insertInto(SPAN, SPAN.ARTICLE_ID, SPAN.ARTICLE_LENGTH, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET,
                SPAN.END_OFFSET, SPAN.LABEL, SPAN.NOTE, SPAN.CREATED_AT, SPAN.UPDATED_AT, SPAN.SOURCE_TYPE, SPAN.UNSURE)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        for (SpanRow row : rows) {
            NewSpan span = row.span();
            String note = span.note() == null || span.note().isBlank() ? null : span.note();
            batch = batch.bind(row.articleId(), row.articleLength(), row.annotatorId(), span.start(), span.end(),
                    span.label(), note, now, now, span.sourceType() == null ? null : span.sourceType().name(), span.unsure());
        }
        batch.execute();
    }

    /** A link to insert between two stored spans of one annotator in one article. */
    public record LinkRow(Span from, Span to, LinkType type) {
        public LinkRow {
            Objects.requireNonNull(type, "type");
            if (from.articleId() != to.articleId() || from.annotatorId() != to.annotatorId()) {
                throw new IllegalArgumentException("a link joins spans of one annotator in one article");
            }
        }
    }

    /** Inserts links in one JDBC batch (the database checks the labels each type may join). */
    public void insertLinkRows(List<LinkRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var batch = ctx.batch(ctx.insertInto(SPAN_LINK, SPAN_LINK.ARTICLE_ID, SPAN_LINK.ANNOTATOR_ID,
                SPAN_LINK.FROM_SPAN_ID, SPAN_LINK.FROM_LABEL, SPAN_LINK.TO_SPAN_ID, SPAN_LINK.TO_LABEL,
                SPAN_LINK.LINK_TYPE, SPAN_LINK.CREATED_AT).values((Long) null, null, null, null, null, null, null, null));
        for (LinkRow row : rows) {
            batch = batch.bind(row.from().articleId(), row.from().annotatorId(), row.from().id(), row.from().label(),
                    row.to().id(), row.to().label(), row.type().name(), now);
        }
        batch.execute();
    }

    /** A status row for an (article, annotator) pair that has none yet. */
    public record StatusRow(long articleId, long annotatorId, ArticleStatus status) {
    }

    /** Inserts status rows for pairs that have none yet, in one JDBC batch. */
    public void insertStatusRows(List<StatusRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var batch = ctx.batch(ctx.insertInto(ARTICLE_STATUS, ARTICLE_STATUS.ARTICLE_ID, ARTICLE_STATUS.ANNOTATOR_ID,
                ARTICLE_STATUS.STATUS, ARTICLE_STATUS.UPDATED_AT).values((Long) null, null, null, null));
        for (StatusRow row : rows) {
            batch = batch.bind(row.articleId(), row.annotatorId(), row.status().name(), now);
        }
        batch.execute();
    }

    /** Article ids by external id, for matching many imported documents without a query each. */
    public Map<String, Long> articleIdsByExternalId() {
        return ctx.select(ARTICLE.EXTERNAL_ID, ARTICLE.ID).from(ARTICLE).fetchMap(ARTICLE.EXTERNAL_ID, ARTICLE.ID);
    }

    /** External ids by text SHA-256. */
    public Map<String, String> externalIdsBySha256() {
        return ctx.select(ARTICLE.TEXT_SHA256, ARTICLE.EXTERNAL_ID).from(ARTICLE).fetchMap(ARTICLE.TEXT_SHA256, ARTICLE.EXTERNAL_ID);
    }

    /** Inserts many spans of one annotator in one article with few statements. */
    public void insertSpans(long articleId, int articleLength, long annotatorId, List<NewSpan> spans) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < spans.size(); from += ROWS_PER_INSERT) {
            var insert = ctx.insertInto(SPAN, SPAN.ARTICLE_ID, SPAN.ARTICLE_LENGTH, SPAN.ANNOTATOR_ID, SPAN.START_OFFSET,
                    SPAN.END_OFFSET, SPAN.LABEL, SPAN.NOTE, SPAN.CREATED_AT, SPAN.UPDATED_AT, SPAN.SOURCE_TYPE, SPAN.UNSURE);
            for (NewSpan span : spans.subList(from, Math.min(spans.size(), from + ROWS_PER_INSERT))) {
                String note = span.note() == null || span.note().isBlank() ? null : span.note();
                insert = insert.values(articleId, articleLength, annotatorId, span.start(), span.end(), span.label(), note,
                        now, now, span.sourceType() == null ? null : span.sourceType().name(), span.unsure());
            }
            insert.execute();
        }
    }
}
