package io.veritag.suggest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The model recommender with what it is worth: trained on every given text, and its F1 per label
 * cross-validated on the same texts. It suggests a label only while that F1 is at or above the threshold.
 */
public record TrainedModel(Optional<NameFinderRecommender> finder, Map<String, LabelScore> scores, int articles,
                           Algorithm algorithm) {
    /** Folds for the background check of the model (fewer than the CLI's default, to keep training short). */
    public static final int GATE_FOLDS = 3;
    /** The F1 check looks at an even sample of at most this many articles: the estimate, not the model, is capped. */
    public static final int GATE_SAMPLE = 300;

    public TrainedModel {
        scores = Map.copyOf(scores);
    }

    public static TrainedModel none() {
        return new TrainedModel(Optional.empty(), Map.of(), 0, Algorithm.MAXENT);
    }

    /** Cross-validates (when there are enough texts), then trains on them all. */
    public static TrainedModel train(List<LabeledText> texts, Algorithm algorithm, BooleanSupplier cancelled) {
        Map<String, LabelScore> scores = new TreeMap<>();
        if (texts.size() >= GATE_FOLDS) {
            for (LabelScore score : CrossValidation.evaluate(evenSample(texts, GATE_SAMPLE), GATE_FOLDS,
                    List.of(NameFinderRecommender.trainer(algorithm)), cancelled)) {
                scores.put(score.label(), score);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("training cancelled");
        }
        return new TrainedModel(NameFinderRecommender.train(texts, algorithm), scores, texts.size(), algorithm);
    }

    /** Every n-th text so that at most {@code limit} remain, spread over the whole list. */
    static List<LabeledText> evenSample(List<LabeledText> texts, int limit) {
        if (texts.size() <= limit) {
            return texts;
        }
        List<LabeledText> sample = new java.util.ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            sample.add(texts.get((int) ((long) i * texts.size() / limit)));
        }
        return sample;
    }

    public OptionalDouble f1(String label) {
        LabelScore score = scores.get(label);
        return score == null ? OptionalDouble.empty() : score.f1();
    }

    /** The labels whose cross-validated F1 is at or above {@code threshold} (0..1). */
    public Set<String> labelsAbove(double threshold) {
        return scores.keySet().stream()
                .filter(label -> f1(label).isPresent() && f1(label).getAsDouble() >= threshold)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The recommender for the window: only the labels above the threshold. */
    public Recommender recommender(double threshold) {
        return finder.<Recommender>map(f -> f.restrictedTo(labelsAbove(threshold))).orElse(NameFinderRecommender.NOTHING);
    }
}
