package io.veritag.model.suggest;

import java.util.Objects;

/**
 * A recommender switched on or off, and (for the trained model) the cross-validated F1, in percent, a label
 * must reach before the model suggests it.
 */
public record RecommenderSetting(String recommender, boolean enabled, int minF1Percent) {
    public RecommenderSetting {
        Objects.requireNonNull(recommender, "recommender");
        if (minF1Percent < 0 || minF1Percent > 100) {
            throw new IllegalArgumentException("the F1 threshold is a percentage from 0 to 100, got " + minF1Percent);
        }
    }

    public double minF1() {
        return minF1Percent / 100.0;
    }
}
