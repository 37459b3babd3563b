package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.ArticleComparison;
import io.veritag.agreement.adjudication.DecisionReplay;
import io.veritag.agreement.adjudication.Settlement;
import io.veritag.agreement.adjudication.SpanComparator;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code adjudicate --auto} over many articles: the same decisions as opening each article in a
 * {@link CurationSession}, taken a batch of articles per transaction, with every read of a batch (texts,
 * spans, gold, decisions) one query instead of one per article. One transaction per article cost a commit
 * and about ten statements each (the profile: 6.5 ms an article). A cancelled run keeps the batches
 * already committed.
 */
final class BatchPreAcceptance {
    /** Articles per transaction: small enough to stay well inside a commit H2 writes whole. */
    static final int ARTICLES_PER_BATCH = 250;
    /** Characters of text per transaction, so that long articles do not fill the heap. */
    static final long CHARACTERS_PER_BATCH = 4_000_000;

    private final Store store;
    private final CurationSession session;
    private final List<Annotator> annotators;
    private final List<Long> annotatorIds;
    private final Set<Long> chosen;

    BatchPreAcceptance(Store store, CurationSession session) {
        this.store = store;
        this.session = session;
        this.annotators = session.annotators();
        this.annotatorIds = annotators.stream().map(Annotator::id).toList();
        this.chosen = Set.copyOf(annotatorIds);
    }

    List<ArticleProgress> run(List<ArticleSummary> articles, Progress progress) {
        List<ArticleProgress> results = new ArrayList<>(articles.size());
        int from = 0;
        while (from < articles.size()) {
            progress.checkCancelled();
            progress.update(from, articles.size(), articles.get(from).externalId());
            int to = from;
            long characters = 0;
            while (to < articles.size() && to - from < ARTICLES_PER_BATCH
                    && (to == from || characters + articles.get(to).length() <= CHARACTERS_PER_BATCH)) {
                characters += articles.get(to).length();
                to++;
            }
            List<ArticleSummary> batch = articles.subList(from, to);
            results.addAll(store.inTransaction((java.util.function.Function<Store, List<ArticleProgress>>) tx -> batch(tx, batch)));
            from = to;
        }
        progress.update(articles.size(), articles.size(), "done");
        return results;
    }

    private List<ArticleProgress> batch(Store tx, List<ArticleSummary> batch) {
        List<Long> ids = batch.stream().map(ArticleSummary::id).toList();
        tx.articles().lockForDecision(ids);
        Map<Long, Article> texts = tx.articles().get(ids);
        Map<Long, List<Span>> spans = tx.spans().forArticles(ids);
        Map<Long, List<GoldSpan>> gold = gold(tx, ids);
        Map<Long, List<Decision>> trails = tx.gold().decisions().forArticles(ids);
        Map<Long, ArticleComparison> comparisons = new HashMap<>();
        Map<Long, Integer> preAccepted = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        for (long id : ids) {
            Article article = texts.get(id);
            if (article == null) {
                throw new IllegalArgumentException("article " + id + " does not exist");
            }
            List<Span> compared = spans.getOrDefault(id, List.of()).stream()
                    .filter(s -> chosen.contains(s.annotatorId())).toList();
            ArticleComparison comparison = SpanComparator.compare(annotatorIds, compared);
            comparisons.put(id, comparison);
            int added = session.preAccept(tx, state(article, comparison, gold.getOrDefault(id, List.of()),
                    trails.getOrDefault(id, List.of())));
            preAccepted.put(id, added);
            if (added > 0) {
                changed.add(id);
            }
        }
        if (!changed.isEmpty()) { // read back what was written, as stored (ids, times)
            gold.putAll(gold(tx, changed));
            trails.putAll(tx.gold().decisions().forArticles(changed));
        }
        List<ArticleProgress> rows = new ArrayList<>(ids.size());
        for (ArticleSummary summary : batch) {
            long id = summary.id();
            ArticleAdjudication done = state(texts.get(id), comparisons.get(id), gold.getOrDefault(id, List.of()),
                    trails.getOrDefault(id, List.of()));
            session.saveStatus(tx, done);
            rows.add(ArticleProgress.of(done, preAccepted.get(id)));
        }
        return rows;
    }

    private ArticleAdjudication state(Article article, ArticleComparison comparison, List<GoldSpan> gold,
                                      List<Decision> trail) {
        DecisionReplay replay = DecisionReplay.of(trail);
        // links are not read here: the articles that have some are opened one by one afterwards (AdjudicationService)
        return new ArticleAdjudication(article, annotators, comparison, gold, trail, replay,
                Settlement.of(comparison, replay), List.of(), List.of(), null);
    }

    private static Map<Long, List<GoldSpan>> gold(Store tx, List<Long> ids) {
        Map<Long, List<GoldSpan>> found = new HashMap<>();
        tx.gold().spans().forEachInArticles(ids, g -> found.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g));
        return found;
    }
}
