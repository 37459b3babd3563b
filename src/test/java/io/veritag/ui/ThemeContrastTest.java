package io.veritag.ui;

import io.veritag.ui.kit.ThemeColours;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Label;
import io.veritag.store.Database;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every colour key the code reads is defined in both themes, and what is drawn on what stays readable
 * (WCAG contrast): score text on score fills, errors on panels, tags and label tints in the disputed text,
 * chart text on the chart, the article text on the current-disagreement shade.
 */
class ThemeContrastTest {
    private static List<Label> labels;

    @BeforeAll
    static void readLabels() {
        try (Database database = Database.inMemory()) {
            labels = database.store().labels().all();
        }
    }

    @AfterAll
    static void backToLight() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void everyKeyTheCodeReadsIsInTheTheme(boolean dark) throws IOException {
        GuiActionRunner.execute(() -> Theme.install(dark));
        assertThat(keysReadByTheCode()).isNotEmpty().allSatisfy(key -> assertThat(UIManager.get(key)).as(key).isNotNull());
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void textIsReadableOnWhatItIsDrawnOn(boolean dark) {
        GuiActionRunner.execute(() -> Theme.install(dark));
        Color onScore = ThemeColours.get("Veritag.score.foreground");
        for (String fill : List.of("Veritag.score.agree", "Veritag.score.neutral", "Veritag.score.disagree",
                "Veritag.score.undefinedBackground", "Veritag.heatmap.diagonal", "Veritag.confusion.headerBackground",
                "Veritag.confusion.agreeBackground", "Veritag.confusion.disagreeBackground")) {
            assertThat(contrast(onScore, ThemeColours.get(fill))).as("score text on " + fill).isGreaterThanOrEqualTo(4.5);
        }
        for (double v = -1; v <= 1; v += 0.25) {
            assertThat(contrast(onScore, ThemeColours.scale(v, "Veritag.score.disagree", "Veritag.score.neutral",
                    "Veritag.score.agree"))).as("score text at " + v).isGreaterThanOrEqualTo(4.5);
        }
        Color panel = UIManager.getColor("Panel.background");
        Color page = ThemeColours.get(ThemeColours.PAGE);
        Color text = ThemeColours.get(ThemeColours.PAGE_TEXT);
        for (String key : List.of(ThemeColours.ERROR, ThemeColours.WARNING, ThemeColours.UNDEFINED, "Veritag.saved.foreground")) {
            assertThat(contrast(ThemeColours.get(key), panel)).as(key + " on the panel").isGreaterThanOrEqualTo(3.0);
        }
        for (String key : List.of("Veritag.dispute.missing", "Veritag.dispute.boundary", "Veritag.dispute.label",
                "Veritag.dispute.nameForeground", "Veritag.dispute.contextForeground", "Veritag.dispute.focus")) {
            assertThat(contrast(ThemeColours.get(key), page)).as(key + " on the text").isGreaterThanOrEqualTo(3.0);
        }
        for (Label label : labels) {
            Color tint = ThemeColours.tint(ThemeColours.label(label.colour()));
            assertThat(contrast(text, tint)).as("text on the " + label.name() + " tint").isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(ThemeColours.get("Veritag.chart.foreground"), ThemeColours.get("Veritag.chart.background")))
                .as("chart text").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(ThemeColours.get("Veritag.chart.foreground"), panel)).as("chart text outside the plot")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(text, ThemeColours.get("Veritag.adjudication.current")))
                .as("article text on the current disagreement").isGreaterThanOrEqualTo(4.5);
    }

    /** Every {@code "Veritag.…"} string literal in the main sources that names a colour, inset, number or font. */
    private static TreeSet<String> keysReadByTheCode() throws IOException {
        Pattern literal = Pattern.compile("\"(Veritag\\.[A-Za-z0-9.]+)\"");
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/veritag/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.removeIf(k -> k.endsWith(".")); // prefixes completed in code, e.g. "Veritag.dispute." + kind
        return keys;
    }

    /** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
