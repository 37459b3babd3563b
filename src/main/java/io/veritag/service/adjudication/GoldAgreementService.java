package io.veritag.service.adjudication;

import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.adjudication.AgainstGold;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the adjudicated articles and compares every annotator with gold. */
public final class GoldAgreementService {
    private final Store store;
    private final AdjudicationService adjudication;

    public GoldAgreementService(Store store) {
        this.store = store;
        this.adjudication = new AdjudicationService(store);
    }

    /**
     * @param annotatorNames whom to compare; empty for everyone who finished at least one adjudicated article
     */
    public GoldAgreementReport report(List<String> annotatorNames, Progress progress) {
        progress.update(0, 2, "finding adjudicated articles");
        List<Long> articles = adjudication.doneArticleIds();
        Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().all();
        List<Annotator> annotators = choose(annotatorNames, articles, statuses);
        LabelSet labels = new LabelSet(store.labels().all().stream().map(Label::name).toList());
        progress.checkCancelled();
        progress.update(1, 2, "comparing " + annotators.size() + " annotators with gold on " + articles.size() + " articles");
        List<AgainstGold.Article> input = new ArrayList<>();
        for (long articleId : articles) {
            List<LabeledExtent> gold = store.gold().spans().forArticle(articleId).stream().map(GoldAgreementService::labeled).toList();
            Map<String, List<LabeledExtent>> byAnnotator = new HashMap<>();
            for (Annotator annotator : annotators) {
                if (statuses.getOrDefault(articleId, Map.of()).get(annotator.id()) == ArticleStatus.DONE) {
                    byAnnotator.put(annotator.name(), LabeledExtent.of(store.spans().forArticle(articleId, annotator.id())));
                }
            }
            input.add(new AgainstGold.Article(articleId, gold, byAnnotator));
        }
        List<AgainstGold.Row> rows = AgainstGold.compare(labels, annotators.stream().map(Annotator::name).toList(), input);
        progress.update(2, 2, "done");
        return new GoldAgreementReport(labels.names(), articles.size(), rows);
    }

    private List<Annotator> choose(List<String> names, List<Long> articles, Map<Long, Map<Long, ArticleStatus>> statuses) {
        List<Annotator> chosen = new ArrayList<>();
        if (names.isEmpty()) {
            Set<Long> finished = new LinkedHashSet<>();
            for (long article : articles) {
                statuses.getOrDefault(article, Map.of()).forEach((annotator, status) -> {
                    if (status == ArticleStatus.DONE) {
                        finished.add(annotator);
                    }
                });
            }
            store.annotators().all().stream().filter(a -> finished.contains(a.id())).forEach(chosen::add);
        } else {
            for (String name : new LinkedHashSet<>(names)) {
                chosen.add(store.annotators().byName(name.strip())
                        .orElseThrow(() -> new IllegalArgumentException("unknown annotator '" + name.strip() + "'")));
            }
        }
        chosen.sort(Comparator.comparing(Annotator::name));
        return chosen;
    }

    private static LabeledExtent labeled(GoldSpan span) {
        return new LabeledExtent(span.start(), span.end(), span.label());
    }
}
