package io.veritag.ui;

import io.veritag.suggest.Suggestion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Utilities;

/**
 * Draws suggestions as outlines with no fill (the annotator's spans are filled), dashed in the label colour;
 * the current suggestion gets a solid, thicker outline in {@code Veritag.suggestion.current}. One highlight
 * for all of them, painting only those in the clip.
 */
final class SuggestionPainter implements Highlighter.HighlightPainter {
    private static final float[] DASH = {4f, 3f};
    private List<Suggestion> suggestions = List.of();
    private Suggestion current;
    private Function<String, Color> colours = label -> Color.GRAY;

    void set(List<Suggestion> all, Suggestion currentOne) {
        this.suggestions = all;
        this.current = currentOne;
    }

    void setColours(Function<String, Color> labelColours) {
        this.colours = labelColours;
    }

    @Override
    public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        if (suggestions.isEmpty()) {
            return;
        }
        Rectangle clip = g.getClipBounds() != null ? g.getClipBounds() : c.getVisibleRect();
        int from = c.viewToModel2D(new Point(0, clip.y));
        int to = Math.min(c.getDocument().getLength(), c.viewToModel2D(new Point(c.getWidth(), clip.y + clip.height)) + 1);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (Suggestion s : suggestions) {
                if (s.end() < from || s.start() > to || s == current) {
                    continue;
                }
                g2.setColor(colours.apply(s.label()));
                g2.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
                outline(g2, c, s);
            }
            if (current != null && current.end() >= from && current.start() <= to) {
                Color mark = UIManager.getColor("Veritag.suggestion.current");
                g2.setColor(mark != null ? mark : colours.apply(current.label()));
                g2.setStroke(new BasicStroke(2.4f));
                outline(g2, c, current);
            }
        } finally {
            g2.dispose();
        }
    }

    /** One rectangle per visual line the suggestion covers. */
    private static void outline(Graphics2D g2, JTextComponent c, Suggestion s) {
        int length = c.getDocument().getLength();
        int pos = Math.min(s.start(), length);
        int end = Math.min(s.end(), length);
        try {
            while (pos < end) {
                int rowEnd = Math.min(end, Utilities.getRowEnd(c, pos) + 1);
                Rectangle2D a = c.modelToView2D(pos);
                Rectangle2D b = c.modelToView2D(Math.max(pos, rowEnd == end ? end : rowEnd - 1));
                if (a == null || b == null) {
                    return;
                }
                double right = rowEnd == end ? b.getX() : b.getMaxX();
                Rectangle line = ArticleTextArea.letters(c, a.getBounds()); // below the others' bars
                g2.draw(new Rectangle2D.Double(a.getX() - 1, line.y, Math.max(2, right - a.getX() + 2), line.height - 1));
                if (rowEnd <= pos) {
                    return;
                }
                pos = rowEnd;
            }
        } catch (BadLocationException e) {
            // outside the text shown: nothing to draw
        }
    }
}
