package io.veritag.suggest;

import java.util.OptionalDouble;

/**
 * Precision, recall and F1 of one recommender for one label, by exact span match (same start, end and
 * label), with the counts behind them. A ratio whose denominator is zero is undefined (empty), never 0.
 * {@code overlapPrecision} and {@code overlapRecall} count a suggestion and a span as found when they
 * overlap with the same label (for scopes, whose exact ends are hard).
 */
public record LabelScore(String recommender, String label, int truePositives, int suggested, int expected,
                         int overlappingSuggestions, int overlappedSpans) {

    public OptionalDouble precision() {
        return ratio(truePositives, suggested);
    }

    public OptionalDouble recall() {
        return ratio(truePositives, expected);
    }

    public OptionalDouble f1() {
        return ratio(2 * truePositives, suggested + expected);
    }

    public OptionalDouble overlapPrecision() {
        return ratio(overlappingSuggestions, suggested);
    }

    public OptionalDouble overlapRecall() {
        return ratio(overlappedSpans, expected);
    }

    LabelScore plus(LabelScore other) {
        return new LabelScore(recommender, label, truePositives + other.truePositives, suggested + other.suggested,
                expected + other.expected, overlappingSuggestions + other.overlappingSuggestions,
                overlappedSpans + other.overlappedSpans);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
