package io.veritag.ui.agreement;

import io.veritag.agreement.Score;
import io.veritag.ui.kit.ThemeColours;
import java.awt.Color;
import java.util.Collection;
import java.util.Locale;

/** How scores look on screen: a number with four decimals, or "undefined — reason"; colours from red to green. */
final class ScoreFormat {
    private ScoreFormat() {
    }

    static String text(Score score) {
        return score.isDefined() ? String.format(Locale.ROOT, "%.4f", score.value()) : "undefined — " + score.undefinedReason();
    }

    static String brief(Score score) {
        return score.isDefined() ? String.format(Locale.ROOT, "%.3f", score.value()) : "undefined";
    }

    /** The theme's disagree colour (−1 and below) → neutral (0) → agree colour (1). */
    static Color colour(double value) {
        return ThemeColours.scale(value, "Veritag.score.disagree", "Veritag.score.neutral", "Veritag.score.agree");
    }

    /** Text drawn on a {@link #colour} fill. */
    static Color textOnScore() {
        return ThemeColours.get("Veritag.score.foreground");
    }

    /** Text of an undefined value. */
    static Color undefined() {
        return ThemeColours.get(ThemeColours.UNDEFINED);
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
