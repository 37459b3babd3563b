package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Span;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import javax.swing.text.DefaultCaret;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With Show others, every line of the article opens room above its letters for the bars; the caret must still be
 * as tall as the letters (from the top of the ascent to the bottom of the descent, as without the bars), not as tall
 * as the line with its room. Measured on the painted caret, in a colour nothing else uses, in light and dark, at
 * the reading size and zoomed, on the first line and on a wrapped line further down.
 */
class CaretHeightTest {
    private static final String TEXT = "Le ministre a dit que la lib\u00e9ration de la r\u00e9gion \u00e9tait proche, puis il a parl\u00e9"
            + " d'autre chose pendant longtemps, sans rien pr\u00e9ciser de plus. ";
    private static final Color CARET = new Color(255, 0, 255);

    @AfterAll
    static void lightAgain() {
        GuiActionRunner.execute(() -> Theme.install(false));
    }

    @ParameterizedTest(name = "dark {0}, zoom {1}, caret at {2}")
    @CsvSource({"false, 1.0, 10", "false, 1.5, 10", "true, 1.0, 10", "true, 1.5, 10", "false, 1.0, 300", "true, 1.5, 300"})
    void theCaretIsAsTallAsTheLettersWithTheOthersBarsShown(boolean dark, float zoom, int offset) {
        Painted plain = GuiActionRunner.execute(() -> paintCaret(dark, zoom, offset, false));
        Painted withBars = GuiActionRunner.execute(() -> paintCaret(dark, zoom, offset, true));

        assertThat(withBars.room).as("room opened above the letters for the bars").isGreaterThan(0);
        assertThat(plain.rows).as("caret without the bars: the font's height")
                .isBetween(plain.ascent + plain.descent, plain.height);
        assertThat(withBars.rows).as("caret rows with the bars shown").isEqualTo(plain.rows);
        assertThat(withBars.bottom - withBars.baseline).as("caret bottom below the baseline")
                .isEqualTo(plain.bottom - plain.baseline);
        assertThat(withBars.baseline - withBars.top).as("caret top above the baseline: the ascent, not the bars' room")
                .isLessThanOrEqualTo(withBars.ascent);
    }

    @ParameterizedTest(name = "dark {0}, zoom {1}, selection {2}")
    @CsvSource({"false, 1.0, false", "false, 1.0, true", "true, 1.5, false", "true, 1.5, true"})
    void theOwnSpansFillAndTheSelectionAreAsTallAsTheLettersToo(boolean dark, float zoom, boolean selection) {
        int plain = GuiActionRunner.execute(() -> filledRows(dark, zoom, selection, false));
        int withBars = GuiActionRunner.execute(() -> filledRows(dark, zoom, selection, true));

        assertThat(plain).as("rows filled at the end of the first line without the bars").isGreaterThan(10);
        assertThat(withBars).as("rows filled there with the bars' room opened above the letters").isEqualTo(plain);
    }

    /** Rows of the first line, in the middle of a space between two words, painted by my span's fill or by the selection. */
    private static int filledRows(boolean dark, float zoom, boolean selection, boolean others) {
        Theme.install(dark);
        ArticleTextArea area = new ArticleTextArea();
        area.setLabelColours(new LabelColours(List.of(new io.veritag.model.Label("CLAIM", "#3B82F6", '1', 1)))::colour);
        String text = TEXT.repeat(6);
        area.setArticleText(text);
        area.setZoom(zoom);
        List<Span> mine = selection ? List.of() : List.of(new Span(1, 1, 1, 0, 200, "CLAIM", null, Instant.EPOCH, Instant.EPOCH));
        List<Span> theirs = others ? List.of(new Span(2, 1, 2, 300, 360, "CLAIM", null, Instant.EPOCH, Instant.EPOCH)) : List.of();
        area.setSpans(new SpanLayers(mine), new SpanLayers(theirs));
        area.setSize(480, 100);
        area.setSize(480, area.getPreferredSize().height);
        area.getCaret().setVisible(false);
        if (selection) {
            area.getCaret().setSelectionVisible(true);
            area.select(0, 200);
        }
        BufferedImage image = new BufferedImage(area.getWidth(), area.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paint(g);
        } finally {
            g.dispose();
        }
        int x;
        try {
            int space = text.indexOf(' ', 10); // in the middle of a space of the first line: no letter there
            x = (int) ((area.modelToView2D(space).getX() + area.modelToView2D(space + 1).getX()) / 2);
        } catch (javax.swing.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
        int page = image.getRGB(area.getWidth() - 2, area.getHeight() - 2);
        int top = area.getInsets().top;
        int lineHeight = area.getFontMetrics(area.getFont()).getHeight();
        int rows = 0;
        for (int y = top; y < top + lineHeight; y++) {
            rows += image.getRGB(x, y) != page ? 1 : 0;
        }
        return rows;
    }

    private static Painted paintCaret(boolean dark, float zoom, int offset, boolean others) {
        Theme.install(dark);
        ArticleTextArea area = new ArticleTextArea();
        area.setLabelColours(new LabelColours(List.of(new io.veritag.model.Label("CLAIM", "#3B82F6", '1', 1)))::colour);
        String text = TEXT.repeat(6);
        area.setArticleText(text);
        area.setZoom(zoom);
        if (others) {
            Span span = new Span(1, 1, 2, 0, text.length(), "CLAIM", null, Instant.EPOCH, Instant.EPOCH);
            area.setSpans(SpanLayers.EMPTY, new SpanLayers(List.of(span)));
        }
        area.setSize(480, 100);
        area.setSize(480, area.getPreferredSize().height);
        area.setCaretColor(CARET);
        DefaultCaret caret = (DefaultCaret) area.getCaret();
        caret.setBlinkRate(0);
        area.setCaretPosition(offset);
        caret.setVisible(true);

        BufferedImage image = new BufferedImage(area.getWidth(), area.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paint(g);
        } finally {
            g.dispose();
        }
        Painted p = new Painted();
        p.top = Integer.MAX_VALUE;
        p.bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (CARET.getRGB() & 0xffffff)) {
                    p.top = Math.min(p.top, y);
                    p.bottom = Math.max(p.bottom, y);
                    break;
                }
            }
        }
        p.rows = p.bottom - p.top + 1;
        FontMetrics fm = area.getFontMetrics(area.getFont()); // with the room when the bars are shown
        p.room = area.othersRoom();
        p.ascent = fm.getAscent() - p.room;
        p.descent = fm.getDescent();
        p.height = fm.getHeight() - p.room;
        int lineHeight = fm.getHeight();
        int line = (p.top - area.getInsets().top) / lineHeight;
        p.baseline = area.getInsets().top + line * lineHeight + fm.getAscent();
        return p;
    }

    private static final class Painted {
        int top;
        int bottom;
        int rows;
        int room;
        int ascent;
        int descent;
        int height;
        int baseline;
    }
}
