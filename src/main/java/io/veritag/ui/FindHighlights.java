package io.veritag.ui;

import io.veritag.ui.kit.ThemeColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;

/**
 * The Find matches in the article text: a highlight layer of its own, beside the span painter and whatever
 * else draws in the text. Each match gets a light translucent fill and an outline (the current one a thicker
 * one), so the spans under it stay visible. A theme switch installs a new highlighter: the matches are put
 * back on it.
 */
final class FindHighlights {
    private static final int FILL_ALPHA = 60;

    private final JTextComponent text;
    private final List<Object> tags = new ArrayList<>();
    private List<int[]> matches = List.of();
    private int current = -1;

    FindHighlights(JTextComponent text) {
        this.text = text;
        text.addPropertyChangeListener("UI", e -> repaint());
    }

    /** Shows these matches ({start, end} in UTF-16), {@code current} (an index into them, or -1) outlined. */
    void show(List<int[]> newMatches, int currentIndex) {
        matches = List.copyOf(newMatches);
        current = currentIndex;
        repaint();
    }

    void clear() {
        show(List.of(), -1);
    }

    List<int[]> matches() {
        return matches;
    }

    int current() {
        return current;
    }

    private void repaint() {
        Highlighter highlighter = text.getHighlighter();
        if (highlighter == null) {
            return;
        }
        for (Object tag : tags) {
            highlighter.removeHighlight(tag);
        }
        tags.clear();
        int length = text.getDocument().getLength();
        for (int i = 0; i < matches.size(); i++) {
            int[] m = matches.get(i);
            if (m[1] <= length) {
                try {
                    tags.add(highlighter.addHighlight(m[0], m[1], new MatchPainter(i == current)));
                } catch (BadLocationException e) {
                    // the text changed under the matches: the find bar searches again
                }
            }
        }
    }

    /** A translucent fill with an outline, drawn over the span fills without hiding them. */
    private record MatchPainter(boolean current) implements Highlighter.HighlightPainter {
        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            Color colour = ThemeColours.get(current ? "Veritag.find.current" : "Veritag.find.match");
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                for (Rectangle line : lineRectangles(c, p0, p1)) {
                    Rectangle r = ArticleTextArea.letters(c, line); // below the others' bars
                    g2.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FILL_ALPHA));
                    g2.fillRect(r.x, r.y, r.width, r.height);
                    g2.setColor(colour);
                    g2.setStroke(new BasicStroke(current ? 2.5f : 1.2f));
                    g2.drawRect(r.x, r.y, Math.max(1, r.width - 1), r.height - 1);
                }
            } finally {
                g2.dispose();
            }
        }

        /** One rectangle per visual line the match covers. */
        private static List<Rectangle> lineRectangles(JTextComponent c, int p0, int p1) {
            List<Rectangle> out = new ArrayList<>();
            try {
                Rectangle2D first = c.modelToView2D(p0);
                Rectangle2D last = c.modelToView2D(p1);
                if (first == null || last == null) {
                    return out;
                }
                if ((int) first.getY() == (int) last.getY()) {
                    out.add(new Rectangle((int) first.getX(), (int) first.getY(), (int) (last.getX() - first.getX()), (int) first.getHeight()));
                    return out;
                }
                int lineStart = p0;
                Rectangle2D start = first;
                for (int p = p0 + 1; p <= p1; p++) {
                    Rectangle2D at = c.modelToView2D(p);
                    if (at != null && (int) at.getY() != (int) start.getY()) {
                        Rectangle2D end = c.modelToView2D(p - 1);
                        int right = (int) Math.max(end.getX() + end.getWidth() + 4, start.getX() + 4);
                        out.add(new Rectangle((int) start.getX(), (int) start.getY(), right - (int) start.getX(), (int) start.getHeight()));
                        lineStart = p;
                        start = at;
                    }
                }
                if (lineStart < p1) {
                    out.add(new Rectangle((int) start.getX(), (int) start.getY(), (int) (last.getX() - start.getX()), (int) start.getHeight()));
                }
            } catch (BadLocationException e) {
                // outside the text: nothing to draw
            }
            return out;
        }
    }
}
