package io.veritag.ui.adjudication;

import io.veritag.ui.kit.ThemeColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.View;

/**
 * The article text with the layers stacked beneath every line: one thin lane per annotator, then a thicker
 * gold lane. Lines are spaced so the lanes fit under the glyphs; colours come from the labels. The current
 * disagreement is shaded, the selected gold span outlined.
 */
final class LaneTextPane extends JTextPane {
    private static final int LANE = 5;
    private static final int GOLD = 7;
    private static final int GAP = 3;

    /** A bar in one lane. {@code lane} = annotator index; {@code -1} = gold. */
    record Bar(int lane, int start, int end, String label, boolean selected) {
    }

    private final Function<String, Color> colours;
    private int lanes;
    private final List<Object> barTags = new ArrayList<>();
    private Object shade;
    private List<Bar> shownBars = List.of();
    private int shownShadeStart = -1;
    private int shownShadeEnd = -1;

    LaneTextPane(Function<String, Color> colours) {
        this.colours = colours;
        setName("articleText");
        setEditable(false);
        setMargin(new java.awt.Insets(8, 12, 8, 12));
        ((DefaultHighlighter) getHighlighter()).setDrawsLayeredHighlights(true);
        setCaret(new LetterCaret());
        getCaret().setVisible(true);
        // plain arrows are window commands here (accept left / right); Shift+arrows still select text
        getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0), "none");
        getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), "none");
        getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "none");
        getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "none");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        ThemeColours.paintAsPage(this);
        if (barTags != null) {
            // a new look and feel brings a new highlighter: put the lanes and the shade back on it
            ((DefaultHighlighter) getHighlighter()).setDrawsLayeredHighlights(true);
            barTags.clear();
            shade = null;
            setBars(shownBars, shownShadeStart, shownShadeEnd);
        }
    }

    /** Shows a new text with {@code lanes} annotator lanes; clears the bars. */
    void setArticle(String text, int lanes) {
        this.lanes = lanes;
        setText(text);
        FontMetrics metrics = getFontMetrics(getFont());
        int needed = GAP + lanes * LANE + GOLD + GAP;
        SimpleAttributeSet withLanes = new SimpleAttributeSet();
        StyleConstants.setLineSpacing(withLanes, needed / (float) metrics.getHeight());
        StyleConstants.setSpaceBelow(withLanes, 4f);
        SimpleAttributeSet blankLine = new SimpleAttributeSet();
        StyleConstants.setLineSpacing(blankLine, 0f);
        StyleConstants.setSpaceBelow(blankLine, 0f);
        // empty lines between paragraphs carry no spans: no lanes under them, so the text stays compact
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            getStyledDocument().setParagraphAttributes(start, Math.max(1, stop - start),
                    stop == start ? blankLine : withLanes, false);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        setCaretPosition(0);
    }

    void setBars(List<Bar> bars, int shadeStart, int shadeEnd) {
        shownBars = List.copyOf(bars);
        shownShadeStart = shadeStart;
        shownShadeEnd = shadeEnd;
        Highlighter highlighter = getHighlighter();
        barTags.forEach(highlighter::removeHighlight);
        barTags.clear();
        if (shade != null) {
            highlighter.removeHighlight(shade);
            shade = null;
        }
        try {
            if (shadeStart >= 0 && shadeEnd > shadeStart && shadeEnd <= getDocument().getLength()) {
                shade = highlighter.addHighlight(shadeStart, shadeEnd, new DefaultHighlighter.DefaultHighlightPainter(null) {
                    @Override
                    public Color getColor() {
                        return ThemeColours.get("Veritag.adjudication.current"); // read at paint time: follows a theme switch
                    }
                });
            }
            for (Bar bar : bars) {
                if (bar.end() <= getDocument().getLength()) {
                    barTags.add(highlighter.addHighlight(bar.start(), bar.end(), new BarPainter(bar)));
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("span outside the text: " + e.getMessage(), e);
        }
        repaint();
    }

    /** Scrolls so that the offset is visible with some context around it. */
    void reveal(int offset) {
        try {
            Rectangle r = modelToView2D(Math.min(offset, getDocument().getLength())).getBounds();
            r.grow(0, 60);
            scrollRectToVisible(r);
        } catch (BadLocationException e) {
            // offset outside the text: nothing to show
        }
    }

    /** Paints one bar below the glyphs of each line fragment the span covers. */
    private final class BarPainter extends LayeredHighlighter.LayerPainter {
        private final Bar bar;

        BarPainter(Bar bar) {
            this.bar = bar;
        }

        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            // LayeredHighlighter calls paintLayer for every fragment; nothing to do for the whole range
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Rectangle r;
            try {
                Shape shape = view.modelToView(p0, Position.Bias.Forward, p1, Position.Bias.Backward, bounds);
                r = shape instanceof Rectangle rect ? rect : shape.getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            int glyphBottom = r.y + c.getFontMetrics(c.getFont()).getHeight();
            int y = bar.lane() >= 0 ? glyphBottom + GAP + bar.lane() * LANE : glyphBottom + GAP + lanes * LANE;
            int height = bar.lane() >= 0 ? LANE - 2 : GOLD - 1;
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setColor(colours.apply(bar.label()));
                g2.fillRect(r.x, y, Math.max(r.width, 2), height);
                if (bar.selected()) {
                    g2.setColor(getForeground());
                    g2.setStroke(new BasicStroke(1.5f));
                    g2.drawRect(r.x - 1, r.y - 1, Math.max(r.width, 2) + 1, y + height - r.y + 1);
                }
            } finally {
                g2.dispose();
            }
            return new Rectangle(r.x, r.y, r.width, y + height - r.y);
        }
    }

    /**
     * The caret, as tall as the letters: Swing draws it over the whole line, which here includes the annotators'
     * lanes and the gold lane below the letters (the line spacing), so it was three times as tall as the text.
     */
    private static final class LetterCaret extends javax.swing.text.DefaultCaret {
        @Override
        public void paint(Graphics g) {
            JTextComponent c = getComponent();
            Rectangle line;
            try {
                java.awt.geom.Rectangle2D at = c == null ? null : c.modelToView2D(getDot());
                line = at == null ? null : at.getBounds();
            } catch (BadLocationException e) {
                line = null;
            }
            if (line == null || !isVisible()) {
                super.paint(g);
                return;
            }
            int letters = c.getFontMetrics(c.getFont()).getHeight();
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.clipRect(line.x - 8, line.y, 16, letters);
                super.paint(g2);
            } finally {
                g2.dispose();
            }
        }
    }
}
