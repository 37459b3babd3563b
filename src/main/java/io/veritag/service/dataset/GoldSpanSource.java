package io.veritag.service.dataset;

import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.LabeledLink;
import io.veritag.io.LabeledSpan;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.gold.GoldArticleStatus;
import io.veritag.model.gold.GoldSpan;
import io.veritag.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The adjudicated gold layer, exported as one layer named {@code gold}, with its links and source types. An article whose adjudication is done
 * counts as done; one still open as in progress (exported only with all statuses), as does an article with
 * gold spans but no adjudication row.
 */
public final class GoldSpanSource implements SpanSource {
    public static final String LAYER = "gold";
    private final Store store;

    public GoldSpanSource(Store store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "gold";
    }

    @Override
    public List<String> layers() {
        return List.of(LAYER);
    }

    @Override
    public List<String> articleIds(boolean allStatuses) {
        Map<Long, ArticleStatus> statuses = statuses(allStatuses);
        return store.articles().summaries().stream()
                .filter(a -> statuses.containsKey(a.id()))
                .map(ArticleSummary::externalId)
                .sorted()
                .toList();
    }

    @Override
    public void forEachArticle(boolean allStatuses, Consumer<List<AnnotatedDocument>> action) {
        Map<Long, ArticleStatus> statuses = statuses(allStatuses);
        store.datasets().forEachArticle(List.of(), (article, noSpans, noLinks) -> {
            ArticleStatus status = statuses.get(article.id());
            if (status == null) {
                return;
            }
            List<LabeledSpan> spans = store.gold().spans().forArticle(article.id()).stream()
                    .map(GoldSpanSource::labeled).toList();
            List<LabeledLink> links = store.gold().links().forArticle(article.id()).stream()
                    .map(l -> new LabeledLink(l.type(), l.fromGoldSpanId(), l.toGoldSpanId())).toList();
            ArticleData data = ArticleData.of(article.externalId(), article.title(), article.source(), article.url(),
                    article.published(), article.text());
            action.accept(List.of(new AnnotatedDocument(data, LAYER, status, spans, links)));
        });
    }

    /** The articles to export with their status: done ones, or with all statuses every article that has gold. */
    private Map<Long, ArticleStatus> statuses(boolean allStatuses) {
        Map<Long, ArticleStatus> statuses = new HashMap<>();
        if (allStatuses) {
            store.gold().spans().countsByArticle().keySet().forEach(id -> statuses.put(id, ArticleStatus.IN_PROGRESS));
        }
        for (GoldArticleStatus gold : store.gold().articles().all()) {
            if (gold.done()) {
                statuses.put(gold.articleId(), ArticleStatus.DONE);
            } else if (allStatuses) {
                statuses.put(gold.articleId(), ArticleStatus.IN_PROGRESS);
            }
        }
        return statuses;
    }

    private static LabeledSpan labeled(GoldSpan span) {
        // keyed by the gold span's id, which the gold links name; a source keeps its settled type
        return new LabeledSpan(span.start(), span.end(), span.label(), null, span.sourceType(), false, span.id());
    }
}
