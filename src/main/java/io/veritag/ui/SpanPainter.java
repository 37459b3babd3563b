package io.veritag.ui;

import io.veritag.model.Span;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.veritag.ui.kit.ThemeColours;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;

/**
 * Paints every span of the article as ONE highlight: asked to paint, it looks up only the spans in the
 * clip (via {@link SpanLayers}), so thousands of spans cost no more than the visible ones. Own spans get a
 * translucent fill in the label colour plus an underline per overlap layer, so overlapping spans show as
 * a darker fill with stacked underlines; the others' spans (when shown) get a thick bar above the text with
 * corner ticks at both ends, in the label colour made strong enough for the page, whose dash pattern tells
 * the annotators apart, one bar per overlap layer in the room {@link ArticleTextArea} opens above the letters
 * ({@link OthersBand}); the selected span gets an outline.
 */
final class SpanPainter implements Highlighter.HighlightPainter {
    /** Dash patterns for the other annotators, in the order of their ids. */
    static final float[][] DASHES = {{5f, 3f}, {1.5f, 2.5f}, {9f, 3f, 2f, 3f}, {3f, 3f}, {12f, 4f}};
    private static final int MAX_UNDERLINES = 4;

    private SpanLayers mine = SpanLayers.EMPTY;
    private SpanLayers others = SpanLayers.EMPTY;
    private Map<Long, Integer> annotatorIndex = Map.of();
    private long selectedId = -1;
    private Function<String, Color> colours = name -> Color.GRAY;

    void setSpans(SpanLayers mySpans, SpanLayers othersSpans) {
        this.mine = mySpans;
        this.others = othersSpans;
        Map<Long, Integer> index = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        othersSpans.forEachOverlapping(0, Integer.MAX_VALUE, (Span s) -> {
            if (!ids.contains(s.annotatorId())) {
                ids.add(s.annotatorId());
            }
        });
        ids.sort(Long::compare);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.annotatorIndex = index;
    }

    void setSelected(long spanId) {
        this.selectedId = spanId;
    }

    void setColours(Function<String, Color> labelColours) {
        this.colours = labelColours;
    }

    /** Thickness of the bar above the others' spans. */
    static final float OTHERS_WIDTH = 3f;

    /** The line of the {@code annotatorIndex}-th other annotator: thick, with that annotator's dash pattern. */
    static BasicStroke othersStroke(int annotatorIndex) {
        return othersStroke(annotatorIndex, OTHERS_WIDTH, 1f);
    }

    /** That line {@code width} thick, its dashes grown with the reading font ({@code scale} 1 at 17 pixels). */
    private static BasicStroke othersStroke(int annotatorIndex, float width, float scale) {
        float[] dash = dashFor(annotatorIndex).clone();
        for (int k = 0; k < dash.length; k++) {
            dash[k] *= 1.6f * Math.max(1f, scale); // room for the thicker line: the pattern stays readable
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** A label colour as the others' line on the page: at least 3:1 against it (an orange on cream would vanish). */
    static Color othersColour(Color label, Color page, Color ink) {
        return ThemeColours.strong(label, page, ink, 3.0);
    }

    /** The dash pattern used for an annotator's spans (same index as the legend). */
    static float[] dashFor(int annotatorIndex) {
        return DASHES[annotatorIndex % DASHES.length];
    }

    @Override
    public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        Rectangle clip = g.getClipBounds();
        if (clip == null) {
            clip = c.getVisibleRect();
        }
        int from = c.viewToModel2D(new Point(0, clip.y));
        int to = c.viewToModel2D(new Point(c.getWidth(), clip.y + clip.height));
        to = Math.min(c.getDocument().getLength(), to + 1);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int alpha = UIManager.getInt("Veritag.span.fillAlpha");
            int fillAlpha = alpha > 0 ? alpha : 60;
            Rectangle area = textArea(c);
            int finalTo = to;
            mine.forEachOverlapping(from, finalTo, (SpanLayers.IndexConsumer) i -> {
                Span s = mine.span(i);
                Color colour = colours.apply(s.label());
                Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), fillAlpha);
                int layer = Math.min(mine.layer(i), MAX_UNDERLINES - 1);
                for (Rectangle line : lineRects(c, area, s.start(), s.end())) {
                    Rectangle r = ArticleTextArea.letters(c, line); // the others' bars stay on the page above
                    g2.setColor(fill);
                    g2.fillRect(r.x, r.y, r.width, r.height);
                    g2.setColor(colour);
                    g2.fillRect(r.x, r.y + r.height - 2 - 3 * layer, r.width, 2);
                }
            });
            Color page = ThemeColours.get(ThemeColours.PAGE);
            Color ink = ThemeColours.get(ThemeColours.PAGE_TEXT);
            // in the room the text area opens above every line's letters (OthersBand): never on a glyph
            OthersBand band = OthersBand.of(c.getFont().getSize2D(), others.layerCount());
            float scale = c.getFont().getSize2D() / 17f;
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE); // crisp, in place
            others.forEachOverlapping(from, finalTo, (SpanLayers.IndexConsumer) i -> {
                Span s = others.span(i);
                int who = annotatorIndex.getOrDefault(s.annotatorId(), 0);
                // a thick bar above the text, with corner ticks at the ends: never a fill (mine), a box
                // (suggestions) or an arrow (links); the label's colour, made strong enough for the page
                g2.setColor(othersColour(colours.apply(s.label()), page, ink));
                int layer = Math.min(others.layer(i), OthersBand.MAX_LAYERS - 1);
                float thickness = band.barThickness(layer);
                BasicStroke bar = othersStroke(who, thickness, scale);
                BasicStroke tick = new BasicStroke(band.thickness());
                float tickX = band.thickness() / 2f;
                List<Rectangle> rects = lineRects(c, area, s.start(), s.end());
                for (int k = 0; k < rects.size(); k++) {
                    Rectangle r = rects.get(k);
                    float y = r.y + band.barTop(layer) + thickness / 2f;
                    g2.setStroke(bar);
                    g2.draw(new java.awt.geom.Line2D.Float(r.x, y, r.x + r.width, y));
                    g2.setStroke(tick);
                    float top = r.y + band.tickTop();
                    float bottom = r.y + band.tickBottom(layer);
                    if (k == 0) {
                        g2.draw(new java.awt.geom.Line2D.Float(r.x + tickX, top, r.x + tickX, bottom));
                    }
                    if (k == rects.size() - 1) {
                        g2.draw(new java.awt.geom.Line2D.Float(r.x + r.width - tickX, top, r.x + r.width - tickX, bottom));
                    }
                }
            });
            paintSelection(g2, c, area);
        } finally {
            g2.dispose();
        }
    }

    private void paintSelection(Graphics2D g2, JTextComponent c, Rectangle area) {
        if (selectedId < 0) {
            return;
        }
        Span selected = find(mine, selectedId);
        boolean own = selected != null;
        if (selected == null) {
            selected = find(others, selectedId);
        }
        if (selected == null) {
            return;
        }
        Color outline = UIManager.getColor("Veritag.span.selectionOutline");
        g2.setColor(outline != null ? outline : c.getForeground());
        Stroke stroke = own ? new BasicStroke(1.8f)
                : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        g2.setStroke(stroke);
        for (Rectangle line : lineRects(c, area, selected.start(), selected.end())) {
            Rectangle r = ArticleTextArea.letters(c, line);
            g2.drawRoundRect(r.x - 1, r.y, r.width + 1, r.height - 1, 5, 5);
        }
    }

    private static Span find(SpanLayers layers, long id) {
        Span[] found = new Span[1];
        layers.forEachOverlapping(0, Integer.MAX_VALUE, (Span s) -> {
            if (s.id() == id) {
                found[0] = s;
            }
        });
        return found[0];
    }

    private static Rectangle textArea(JTextComponent c) {
        java.awt.Insets in = c.getInsets();
        return new Rectangle(in.left, in.top, c.getWidth() - in.left - in.right, c.getHeight() - in.top - in.bottom);
    }

    /** The rectangles a stretch of text covers, one per visual line (as Swing's own highlighter does). */
    static List<Rectangle> lineRects(JTextComponent c, Rectangle area, int start, int end) {
        List<Rectangle> rects = new ArrayList<>(2);
        try {
            int length = c.getDocument().getLength();
            Rectangle2D r0 = c.modelToView2D(Math.min(start, length));
            Rectangle2D r1 = c.modelToView2D(Math.min(end, length));
            if (r0 == null || r1 == null) {
                return rects;
            }
            Rectangle a = r0.getBounds();
            Rectangle b = r1.getBounds();
            if (a.y == b.y) {
                rects.add(new Rectangle(a.x, a.y, Math.max(1, b.x - a.x), a.height));
            } else {
                int right = area.x + area.width;
                rects.add(new Rectangle(a.x, a.y, Math.max(1, right - a.x), a.height));
                // one rectangle per middle line, so each line gets its own underline
                for (int y = a.y + a.height; y + a.height <= b.y; y += a.height) {
                    rects.add(new Rectangle(area.x, y, area.width, a.height));
                }
                if (b.x > area.x) {
                    rects.add(new Rectangle(area.x, b.y, b.x - area.x, b.height));
                }
            }
        } catch (BadLocationException e) {
            // the document changed under the painter; the next paint has the new spans
        }
        return rects;
    }
}
