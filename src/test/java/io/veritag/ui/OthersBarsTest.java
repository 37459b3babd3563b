package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Span;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The other annotators' bars (Show others) never touch a letter, however many of their spans overlap: measured on
 * the painted text. The text is painted twice, once as it is and once with its letters in the page colour; what
 * the second shows is bars, what differs between the two is letters. No bar pixel may share a pixel, or touch one,
 * with a letter of its own line or of the line above (accented capitals, descenders), at 100 %, 150 % and 200 %.
 */
class OthersBarsTest {
    private static final String TEXT = "\u00c9l a dit : \u00ab \u00c5sa, jeg g\u00e5r p\u00e5 fjellet \u00bb, puis Quayle"
            + " jugea le typographe g\u00e2t\u00e9 ; \u00c9GLISE, \u00c2ME, \u00d6L, jqpgy. ";
    private static final int WIDTH = 520;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @ParameterizedTest(name = "zoom {0}, {1} overlapping annotators")
    @CsvSource({"1.0, 1", "1.0, 3", "1.5, 3", "1.0, 4", "1.5, 4", "2.0, 3"})
    void noBarTouchesALetter(float zoom, int annotators) {
        String text = TEXT.repeat(5);
        Measured m = GuiActionRunner.execute(() -> paint(text, zoom, annotators));

        assertThat(m.barPixels).as("bars painted").isGreaterThan(1000);
        assertThat(m.letterPixels).as("letters painted").isGreaterThan(3000);
        assertThat(m.touching).as("bar pixels on or beside a letter's pixel (x, y)").isEmpty();
        assertThat(m.barRows).as("one bar per annotator, one above the other, in the line's top band")
                .isGreaterThanOrEqualTo(annotators * 2);
    }

    private static Measured paint(String text, float zoom, int annotators) {
        ArticleTextArea area = new ArticleTextArea();
        area.setLabelColours(new LabelColours(List.of(
                new io.veritag.model.Label("CLAIM", "#3B82F6", '1', 1),
                new io.veritag.model.Label("DENIAL", "#EF4444", '2', 2),
                new io.veritag.model.Label("SPECULATION", "#F59E0B", '3', 3)))::colour);
        area.setArticleText(text);
        area.setZoom(zoom);
        // each annotator's span starts and ends a little inside the one before, over several lines: all overlap
        String[] labels = {"CLAIM", "DENIAL", "SPECULATION", "CLAIM"};
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < annotators; k++) {
            spans.add(new Span(k + 1, 1, k + 1, 3 + 7 * k, text.length() - 3 - 7 * k, labels[k], null, Instant.EPOCH, Instant.EPOCH));
        }
        area.setSpans(SpanLayers.EMPTY, new SpanLayers(spans));
        area.setSize(WIDTH, 100);
        area.setSize(WIDTH, area.getPreferredSize().height);

        BufferedImage whole = image(area);
        Color ink = area.getForeground();
        area.setForeground(area.getBackground());
        BufferedImage barsOnly = image(area);
        area.setForeground(ink);

        Insets in = area.getInsets();
        int w = area.getWidth();
        int h = area.getHeight();
        Color page = new Color(barsOnly.getRGB(w - in.right / 2, h / 2)); // in the right margin: the page as painted
        boolean[][] bar = new boolean[w][h];
        boolean[][] letter = new boolean[w][h];
        Measured m = new Measured();
        int firstLineTop = in.top;
        int firstLineBottom = firstLineTop + area.getFontMetrics(area.getFont()).getHeight();
        java.util.Set<Integer> rowsWithBars = new java.util.TreeSet<>();
        for (int x = in.left; x < w - in.right; x++) {
            for (int y = in.top; y < h - in.bottom; y++) {
                bar[x][y] = differs(barsOnly.getRGB(x, y), page.getRGB());
                letter[x][y] = differs(whole.getRGB(x, y), barsOnly.getRGB(x, y));
                m.barPixels += bar[x][y] ? 1 : 0;
                m.letterPixels += letter[x][y] ? 1 : 0;
                if (bar[x][y] && y >= firstLineTop && y < firstLineBottom && x > in.left + WIDTH / 3 && x < WIDTH * 2 / 3) {
                    rowsWithBars.add(y);
                }
            }
        }
        m.barRows = rowsWithBars.size();
        for (int x = in.left + 1; x < w - in.right - 1; x++) {
            for (int y = in.top + 1; y < h - in.bottom - 1; y++) {
                if (!bar[x][y]) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        if (letter[x + dx][y + dy] && m.touching.size() < 10) {
                            m.touching.add("(" + x + ", " + y + ")");
                        }
                    }
                }
            }
        }
        return m;
    }

    /** A visible difference: more than a faint anti-aliasing tint in some channel. */
    private static boolean differs(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 24) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage image(ArticleTextArea area) {
        BufferedImage image = new BufferedImage(area.getWidth(), area.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static final class Measured {
        int barPixels;
        int letterPixels;
        int barRows;
        final List<String> touching = new ArrayList<>();
    }
}
