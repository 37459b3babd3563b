package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.SPAN;
import static io.veritag.store.generated.Tables.SPAN_LINK;

import io.veritag.model.Article;
import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The reads an agreement report needs: who marked which articles, and the chosen articles' texts and spans. */
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
