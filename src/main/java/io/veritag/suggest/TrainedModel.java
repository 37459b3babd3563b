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

    /**
     * Cross-validates (when there are enough texts) and trains on them all, side by side on the
     * {@link TrainingPool}: the model on every text (the longest job) is started first, the folds beside it.
     */
    public static TrainedModel train(List<LabeledText> texts, Algorithm algorithm, BooleanSupplier cancelled) {
        return train(texts, algorithm, cancelled, TrainingPool.shared());
    }

    /** The same on another executor (tests: one thread gives the same model as many). */
    static TrainedModel train(List<LabeledText> texts, Algorithm algorithm, BooleanSupplier cancelled,
                              java.util.concurrent.ExecutorService executor) {
        java.util.concurrent.Future<Optional<NameFinderRecommender>> whole =
                executor.submit(() -> NameFinderRecommender.train(texts, algorithm));
        try {
            Map<String, LabelScore> scores = new TreeMap<>();
            if (texts.size() >= GATE_FOLDS) {
                for (LabelScore score : CrossValidation.evaluate(evenSample(texts, GATE_SAMPLE), GATE_FOLDS,
                        List.of(NameFinderRecommender.trainer(algorithm)), cancelled, executor)) {
                    scores.put(score.label(), score);
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("training cancelled");
            }
            return new TrainedModel(whole.get(), scores, texts.size(), algorithm);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("training interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            whole.cancel(true);
        }
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
