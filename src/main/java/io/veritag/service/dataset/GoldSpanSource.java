package io.veritag.service.dataset;

import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.LabeledLink;
import io.veritag.io.LabeledSpan;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.gold.GoldArticleStatus;
import io.veritag.model.gold.GoldSpan;
import io.veritag.store.Store;
import java.util.ArrayList;
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
    /** Articles whose gold is read together (one query for their spans, one for their links), and their text at most. */
    static final int BATCH_ARTICLES = 500;
    static final long BATCH_CHARS = 4L << 20;
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
        List<Article> waiting = new ArrayList<>();
        long[] waitingChars = {0};
        store.datasets().forEachArticle(List.of(), (article, noSpans, noLinks) -> {
            if (statuses.containsKey(article.id())) {
                waiting.add(article);
                waitingChars[0] += article.text().length();
                if (waiting.size() >= BATCH_ARTICLES || waitingChars[0] >= BATCH_CHARS) {
                    give(waiting, statuses, action);
                    waitingChars[0] = 0;
                }
            }
        });
        give(waiting, statuses, action);
    }

    /** Gives these articles, in order, with their gold spans and links read in one query each; empties the list. */
    private void give(List<Article> articles, Map<Long, ArticleStatus> statuses,
                      Consumer<List<AnnotatedDocument>> action) {
        if (articles.isEmpty()) {
            return;
        }
        List<Long> ids = articles.stream().map(Article::id).toList();
        Map<Long, List<LabeledSpan>> spans = new HashMap<>();
        store.gold().spans().forEachInArticles(ids, span ->
                spans.computeIfAbsent(span.articleId(), id -> new ArrayList<>()).add(labeled(span)));
        Map<Long, List<LabeledLink>> links = new HashMap<>();
        store.gold().links().forEachInArticles(ids, link -> links.computeIfAbsent(link.articleId(), id -> new ArrayList<>())
                .add(new LabeledLink(link.type(), link.fromGoldSpanId(), link.toGoldSpanId())));
        for (Article article : articles) {
            ArticleData data = ArticleData.of(article.externalId(), article.title(), article.source(), article.url(),
                    article.published(), article.text());
            action.accept(List.of(new AnnotatedDocument(data, LAYER, statuses.get(article.id()),
                    spans.getOrDefault(article.id(), List.of()), links.getOrDefault(article.id(), List.of()))));
        }
        articles.clear();
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
