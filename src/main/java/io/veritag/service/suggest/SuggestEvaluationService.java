package io.veritag.service.suggest;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.LabelingException;
import io.veritag.store.Store;
import io.veritag.suggest.Algorithm;
import io.veritag.suggest.CrossValidation;
import io.veritag.suggest.CueListRecommender;
import io.veritag.suggest.LabelScore;
import io.veritag.suggest.LabeledText;
import io.veritag.suggest.NameFinderRecommender;
import io.veritag.suggest.SameTextRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Precision, recall and F1 of each recommender per label, cross-validated by article on one layer: the
 * articles whose gold is done (layer {@code gold}), or the articles an annotator marked done, with their spans.
 */
public final class SuggestEvaluationService {
    public static final String GOLD = "gold";

    private final Store store;

    public SuggestEvaluationService(Store store) {
        this.store = store;
    }

    /** The result: how many articles and spans were used, and the scores (cue lists, same text, model). */
    public record Evaluation(String layer, int articles, int spans, int folds, List<LabelScore> scores) {
    }

    public Evaluation evaluate(String layer, int folds, Algorithm algorithm, BooleanSupplier cancelled) {
        List<LabeledText> texts = texts(layer);
        if (folds < 2) {
            throw new LabelingException("--folds must be at least 2");
        }
        if (texts.size() < folds) {
            throw new LabelingException("Layer " + layer + " has " + texts.size() + " done article"
                    + (texts.size() == 1 ? "" : "s") + "; " + folds + " folds need at least " + folds);
        }
        List<LabelScore> scores = CrossValidation.evaluate(texts, folds, List.of(
                CueListRecommender.trainer(store.suggestions().cues()),
                SameTextRecommender.trainer(),
                NameFinderRecommender.trainer(algorithm)), cancelled);
        return new Evaluation(layer, texts.size(), texts.stream().mapToInt(t -> t.spans().size()).sum(), folds, scores);
    }

    private List<LabeledText> texts(String layer) {
        if (GOLD.equals(layer)) {
            return TrainingData.goldArticles(store, java.util.Set.of());
        }
        Optional<Annotator> annotator = store.annotators().all().stream().filter(a -> a.name().equals(layer)).findFirst();
        if (annotator.isEmpty()) {
            throw new LabelingException("No annotator named " + layer + " (use gold or an annotator's name)");
        }
        long annotatorId = annotator.get().id();
        List<LabeledText> texts = new ArrayList<>();
        for (var status : new java.util.TreeMap<>(store.statuses().forAnnotator(annotatorId)).entrySet()) {
            if (status.getValue() != ArticleStatus.DONE) {
                continue;
            }
            Article article = store.articles().get(status.getKey()).orElseThrow();
            List<LabeledRange> spans = store.spans().forArticle(article.id(), annotatorId).stream()
                    .map(s -> new LabeledRange(s.start(), s.end(), s.label())).toList();
            texts.add(new LabeledText("a" + article.id(), article.text(), spans));
        }
        return texts;
    }
}
