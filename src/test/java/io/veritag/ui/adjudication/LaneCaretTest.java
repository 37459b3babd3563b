package io.veritag.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.ui.DemoTheme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.text.DefaultCaret;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjudication text opens lanes under every line for the annotators' and the gold bars; the caret is as tall as
 * the letters, not as the line with its lanes. Measured on the painted caret, in light and dark, with 2 and 4 lanes.
 */
class LaneCaretTest {
    private static final Color CARET = new Color(255, 0, 255);

    @AfterAll
    static void lightAgain() {
        GuiActionRunner.execute(() -> DemoTheme.install(false));
    }

    @ParameterizedTest(name = "dark {0}, {1} lanes")
    @CsvSource({"false, 2", "true, 2", "false, 4"})
    void theCaretIsAsTallAsTheLetters(boolean dark, int lanes) {
        int[] measured = GuiActionRunner.execute(() -> {
            DemoTheme.install(dark);
            LaneTextPane pane = new LaneTextPane(label -> Color.BLUE);
            pane.setArticle("Kherson is free now, the governor said on Friday.\n\nPower is back in the city.", lanes);
            pane.setSize(400, 100);
            pane.setSize(400, pane.getPreferredSize().height);
            pane.setCaretColor(CARET);
            DefaultCaret caret = (DefaultCaret) pane.getCaret();
            caret.setBlinkRate(0);
            pane.setCaretPosition(3);
            caret.setVisible(true);
            BufferedImage image = new BufferedImage(pane.getWidth(), pane.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                pane.paint(g);
            } finally {
                g.dispose();
            }
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xffffff) == (CARET.getRGB() & 0xffffff)) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                        break;
                    }
                }
            }
            int line;
            try {
                line = pane.modelToView2D(3).getBounds().height;
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
            return new int[] {bottom - top + 1, pane.getFontMetrics(pane.getFont()).getHeight(), line};
        });
        assertThat(measured[2]).as("the line with its lanes is taller than the letters").isGreaterThan(measured[1] + 8);
        assertThat(measured[0]).as("caret rows").isBetween(measured[1] - 2, measured[1]);
    }
}
