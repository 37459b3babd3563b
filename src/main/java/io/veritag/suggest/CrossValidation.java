package io.veritag.suggest;

import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Cross-validation by article: the texts are dealt into folds (in id order, round robin); each fold is
 * suggested by recommenders trained on the other folds, and compared with its own spans. Scores are summed
 * over the folds (micro-averaged), per recommender and label.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * @param folds at least 2, at most the number of texts
     * @param cancelled checked between folds
     * @return per recommender (in the order given), per label (sorted), the summed score
     */
    public static List<LabelScore> evaluate(List<LabeledText> texts, int folds, List<RecommenderTrainer> trainers,
                                            BooleanSupplier cancelled) {
        return evaluate(texts, folds, trainers, cancelled, TrainingPool.shared());
    }

    /**
     * The same, the folds trained and scored side by side on {@code executor} (each fold on its own; the sums
     * are made in fold order once all are done, so the result does not depend on which fold ends first).
     */
    public static List<LabelScore> evaluate(List<LabeledText> texts, int folds, List<RecommenderTrainer> trainers,
                                            BooleanSupplier cancelled, java.util.concurrent.ExecutorService executor) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        if (texts.size() < folds) {
            throw new IllegalArgumentException("cross-validation with " + folds + " folds needs at least " + folds
                    + " labeled articles, found " + texts.size());
        }
        List<LabeledText> ordered = new ArrayList<>(texts);
        ordered.sort(Comparator.comparing(LabeledText::id));
        TreeSet<String> labels = new TreeSet<>();
        texts.forEach(t -> t.spans().forEach(s -> labels.add(s.label())));
        Map<String, Map<String, LabelScore>> totals = new LinkedHashMap<>();
        for (RecommenderTrainer trainer : trainers) {
            Map<String, LabelScore> byLabel = new LinkedHashMap<>();
            labels.forEach(label -> byLabel.put(label, new LabelScore(trainer.name(), label, 0, 0, 0, 0, 0)));
            totals.put(trainer.name(), byLabel);
        }
        List<java.util.concurrent.Callable<List<LabelScore>>> tasks = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            tasks.add(() -> fold(ordered, folds, held, trainers, cancelled));
        }
        for (List<LabelScore> scores : TrainingPool.all(executor, tasks)) {
            for (LabelScore score : scores) {
                totals.get(score.recommender()).merge(score.label(), score, LabelScore::plus);
            }
        }
        List<LabelScore> result = new ArrayList<>();
        totals.values().forEach(byLabel -> result.addAll(byLabel.values()));
        return result;
    }

    /** One fold's per-text scores, per recommender in the order given: trained on the other folds, tested on this one. */
    private static List<LabelScore> fold(List<LabeledText> ordered, int folds, int fold, List<RecommenderTrainer> trainers,
                                         BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("evaluation cancelled");
        }
        List<LabeledText> training = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            (i % folds == fold ? test : training).add(ordered.get(i));
        }
        List<LabelScore> scores = new ArrayList<>();
        for (RecommenderTrainer trainer : trainers) {
            Recommender recommender = trainer.train(training);
            for (LabeledText text : test) {
                scores.addAll(score(trainer.name(), recommender.suggest(text.text()), text.spans()));
            }
        }
        return scores;
    }

    /** The per-label counts of one text's suggestions against its spans. */
    static List<LabelScore> score(String recommender, List<Suggestion> suggestions, List<LabeledRange> spans) {
        Map<String, LabelScore> byLabel = new LinkedHashMap<>();
        java.util.Set<String> distinctSuggestions = new java.util.HashSet<>();
        for (Suggestion s : suggestions) {
            if (!distinctSuggestions.add(s.start() + ":" + s.end() + ":" + s.label())) {
                continue;
            }
            boolean exact = spans.stream().anyMatch(r -> s.sameSpan(r.start(), r.end(), r.label()));
            boolean overlapping = spans.stream().anyMatch(r -> r.label().equals(s.label()) && s.overlaps(r.start(), r.end()));
            byLabel.merge(s.label(), new LabelScore(recommender, s.label(), exact ? 1 : 0, 1, 0, overlapping ? 1 : 0, 0),
                    LabelScore::plus);
        }
        java.util.Set<String> distinctSpans = new java.util.HashSet<>();
        for (LabeledRange r : spans) {
            if (!distinctSpans.add(r.start() + ":" + r.end() + ":" + r.label())) {
                continue;
            }
            boolean overlapped = suggestions.stream().anyMatch(s -> s.label().equals(r.label()) && s.overlaps(r.start(), r.end()));
            byLabel.merge(r.label(), new LabelScore(recommender, r.label(), 0, 0, 1, 0, overlapped ? 1 : 0), LabelScore::plus);
        }
        return new ArrayList<>(byLabel.values());
    }
}
