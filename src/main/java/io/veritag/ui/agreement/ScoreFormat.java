package io.veritag.ui.agreement;

import io.veritag.agreement.Score;
import java.awt.Color;
import java.util.Collection;
import java.util.Locale;

/** How scores look on screen: a number with four decimals, or "undefined — reason"; colours from red to green. */
final class ScoreFormat {
    static final Color UNDEFINED = new Color(0x9CA3AF);

    private ScoreFormat() {
    }

    static String text(Score score) {
        return score.isDefined() ? String.format(Locale.ROOT, "%.4f", score.value()) : "undefined — " + score.undefinedReason();
    }

    static String brief(Score score) {
        return score.isDefined() ? String.format(Locale.ROOT, "%.3f", score.value()) : "undefined";
    }

    /** Red (−1 and below) → white (0) → green (1). */
    static Color colour(double value) {
        double v = Math.max(-1, Math.min(1, value));
        if (v >= 0) {
            return new Color((int) Math.round(255 - v * (255 - 74)), (int) Math.round(255 - v * (255 - 190)),
                    (int) Math.round(255 - v * (255 - 120)));
        }
        return new Color(248, (int) Math.round(255 + v * (255 - 113)), (int) Math.round(255 + v * (255 - 113)));
    }

    /** Mean of defined scores, or undefined naming the first undefined one. */
    static Score mean(Collection<Score> scores, String what) {
        if (scores.isEmpty()) {
            return Score.undefined("no pairs");
        }
        double sum = 0;
        for (Score s : scores) {
            if (!s.isDefined()) {
                return Score.undefined(what + " undefined for a pair: " + s.undefinedReason());
            }
            sum += s.value();
        }
        return Score.of(sum / scores.size());
    }
}
