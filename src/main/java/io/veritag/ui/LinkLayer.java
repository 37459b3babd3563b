package io.veritag.ui;

import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.Span;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;

/**
 * Draws the annotator's links over the article text: a curve from the statement to what it is about, with an
 * arrow head and a small tag naming the type. Types differ by colour and by line pattern (solid, dashed,
 * dotted), every curve has a halo in the page colour so that crossing curves stay apart, and a longer link
 * arches higher than a shorter one. The links of the selected span are drawn bolder. Unsure spans get a small
 * question mark. In link mode the span being linked and the current target are outlined. Hovering a tag
 * shows the link in words.
 */
final class LinkLayer implements TextOverlay {
    private static final Map<LinkType, float[]> DASHES = Map.of(
            LinkType.SAID_BY, new float[0], LinkType.DENIES, new float[] {7f, 3f}, LinkType.HEDGES, new float[] {2f, 3f});

    private final LabelingModel model;
    private final LinkPicker picker;
    private final JTextComponent text;
    private Map<Long, Span> spansById = Map.of();
    private List<Link> links = List.of();
    private final List<Tag> tags = new ArrayList<>();

    /** Where a link's tag was drawn, and what hovering it says. */
    private record Tag(Rectangle bounds, String text) {
    }

    LinkLayer(LabelingModel model, LinkPicker picker, JTextComponent text) {
        this.model = model;
        this.picker = picker;
        this.text = text;
        model.addListener(aspect -> {
            switch (aspect) {
                case ARTICLE, SPANS -> {
                    refresh();
                    text.repaint();
                }
                case SELECTION -> text.repaint();
                default -> { }
            }
        });
        picker.addListener(text::repaint);
    }

    private void refresh() {
        Map<Long, Span> byId = new HashMap<>();
        model.spans().forEach(s -> byId.put(s.id(), s));
        spansById = byId;
        links = model.links();
    }

    static String colourKey(LinkType type) {
        return switch (type) {
            case SAID_BY -> "Veritag.link.saidBy";
            case DENIES -> "Veritag.link.denies";
            case HEDGES -> "Veritag.link.hedges";
        };
    }

    static Color colour(LinkType type) {
        Color c = UIManager.getColor(colourKey(type));
        return c != null ? c : Color.GRAY;
    }

    @Override
    public void paint(Graphics2D g, JTextComponent c) {
        tags.clear();
        if (c.getDocument().getLength() == 0) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Rectangle clip = g.getClipBounds() != null ? g.getClipBounds() : c.getVisibleRect();
        Rectangle area = textArea(c);
        int from = Math.max(0, c.viewToModel2D(new Point(0, clip.y - 60)));
        int to = Math.min(c.getDocument().getLength(), c.viewToModel2D(new Point(c.getWidth(), clip.y + clip.height + 60)) + 1);
        long selected = model.selectedSpan().map(Span::id).orElse(-1L);
        Font tagFont = c.getFont().deriveFont(Font.BOLD, Math.max(9f, c.getFont().getSize2D() * 0.6f));
        for (Link link : links) {
            Span a = spansById.get(link.fromSpanId());
            Span b = spansById.get(link.toSpanId());
            if (a == null || b == null || Math.max(a.end(), b.end()) < from || Math.min(a.start(), b.start()) > to) {
                continue; // off screen
            }
            boolean bold = link.touches(selected);
            drawLink(g, c, area, a, b, link.type(), bold, false, tagFont);
        }
        paintUnsure(g, c, area, from, to);
        paintPicker(g, c, area, tagFont);
    }

    private void drawLink(Graphics2D g, JTextComponent c, Rectangle area, Span a, Span b, LinkType type, boolean bold,
                          boolean preview, Font tagFont) {
        Point2D start = anchor(c, area, a);
        Point2D end = anchor(c, area, b);
        if (start == null || end == null) {
            return;
        }
        double lineHeight = c.getFontMetrics(c.getFont()).getHeight();
        double dx = Math.abs(end.getX() - start.getX());
        // longer links arch higher, so nested links do not cross and crossing ones cross at a clear angle
        double lift = Math.min(lineHeight * 0.9, 8 + dx / 12) + (start.getY() == end.getY() ? 0 : lineHeight * 0.3);
        double top = Math.min(start.getY(), end.getY()) - lift;
        CubicCurve2D curve = new CubicCurve2D.Double(start.getX(), start.getY(), start.getX(), top,
                end.getX(), top, end.getX(), end.getY());
        Color colour = colour(type);
        Color page = c.getBackground();
        float width = bold ? 2.6f : 1.6f;
        g.setColor(new Color(page.getRed(), page.getGreen(), page.getBlue(), 200));
        g.setStroke(new BasicStroke(width + 3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.setColor(colour);
        float[] dash = preview ? new float[] {4f, 4f} : DASHES.get(type);
        Stroke stroke = dash.length == 0 ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
        g.setStroke(stroke);
        g.draw(curve);
        arrowHead(g, end, width);
        if (!preview) {
            Point2D mid = new Point2D.Double((start.getX() + end.getX()) / 2, top + lift * 0.25);
            tag(g, tagFont, colour, page, mid, type, a, b, c);
        }
    }

    private static void arrowHead(Graphics2D g, Point2D tip, float width) {
        double size = 4 + width * 1.5;
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX(), tip.getY());
        head.lineTo(tip.getX() - size * 0.7, tip.getY() - size * 1.2);
        head.lineTo(tip.getX() + size * 0.7, tip.getY() - size * 1.2);
        head.closePath();
        g.setStroke(new BasicStroke(1f));
        g.fill(head);
    }

    private void tag(Graphics2D g, Font font, Color colour, Color page, Point2D at, LinkType type, Span a, Span b,
                     JTextComponent c) {
        String text = type.displayName().toLowerCase(Locale.ROOT);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(text) + 8;
        int h = fm.getHeight();
        Rectangle box = new Rectangle((int) at.getX() - w / 2, (int) at.getY() - h / 2, w, h);
        Color background = UIManager.getColor("Veritag.link.tagBackground");
        g.setColor(background != null ? background : page);
        g.fillRoundRect(box.x, box.y, box.width, box.height, h, h);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(box.x, box.y, box.width, box.height, h, h);
        g.drawString(text, box.x + 4, box.y + fm.getAscent());
        String articleText = model.article().map(x -> x.text()).orElse("");
        tags.add(new Tag(box, describe(a, articleText) + " " + text + " " + describe(b, articleText)));
    }

    static String describe(Span span, String articleText) {
        String words = span.end() <= articleText.length() ? SpanTableModel.shorten(span.textIn(articleText)) : "";
        return span.label() + " “" + words + "”" + (span.isSource() ? " (" + span.sourceType().displayName() + ")" : "");
    }

    private void paintUnsure(Graphics2D g, JTextComponent c, Rectangle area, int from, int to) {
        Color mark = UIManager.getColor("Veritag.span.unsure");
        Font font = c.getFont().deriveFont(Font.BOLD, Math.max(9f, c.getFont().getSize2D() * 0.6f));
        g.setFont(font);
        for (Span s : spansById.values()) {
            if (!s.unsure() || s.end() < from || s.start() > to) {
                continue;
            }
            List<Rectangle> rects = SpanPainter.lineRects(c, area, s.start(), s.end());
            if (rects.isEmpty()) {
                continue;
            }
            Rectangle last = rects.get(rects.size() - 1);
            g.setColor(mark != null ? mark : Color.RED);
            g.drawString("?", last.x + last.width - 2, last.y + g.getFontMetrics().getAscent() - 3);
        }
    }

    private void paintPicker(Graphics2D g, JTextComponent c, Rectangle area, Font tagFont) {
        if (!picker.active()) {
            return;
        }
        Color colour = colour(picker.type());
        Span from = picker.from().orElseThrow();
        outline(g, c, area, from, colour, new BasicStroke(2f));
        picker.target().ifPresent(target -> {
            outline(g, c, area, target, colour,
                    new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
            boolean forward = picker.type().allows(from.label(), target.label());
            drawLink(g, c, area, forward ? from : target, forward ? target : from, picker.type(), true, true, tagFont);
        });
    }

    private static void outline(Graphics2D g, JTextComponent c, Rectangle area, Span span, Color colour, Stroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        for (Rectangle r : SpanPainter.lineRects(c, area, span.start(), span.end())) {
            g.drawRoundRect(r.x - 2, r.y - 1, r.width + 3, r.height + 1, 6, 6);
        }
    }

    /** The top middle of a span's first line. */
    private static Point2D anchor(JTextComponent c, Rectangle area, Span span) {
        List<Rectangle> rects = SpanPainter.lineRects(c, area, span.start(), span.end());
        if (rects.isEmpty()) {
            return null;
        }
        Rectangle r = rects.get(0);
        return new Point2D.Double(r.x + Math.min(r.width / 2.0, 40), r.y + 2);
    }

    private static Rectangle textArea(JTextComponent c) {
        java.awt.Insets in = c.getInsets();
        return new Rectangle(in.left, in.top, c.getWidth() - in.left - in.right, c.getHeight() - in.top - in.bottom);
    }

    @Override
    public String toolTipAt(Point point) {
        for (Tag tag : tags) {
            if (tag.bounds().contains(point)) {
                return tag.text();
            }
        }
        int offset = text.viewToModel2D(point);
        if (offset < 0) {
            return null;
        }
        String articleText = model.article().map(a -> a.text()).orElse("");
        SpanLinks words = new SpanLinks(model.spans(), links);
        StringBuilder tip = new StringBuilder();
        for (Span s : model.spans()) {
            if (s.contains(offset)) {
                String details = words.describe(s, articleText);
                tip.append(tip.length() == 0 ? "" : "\n").append(s.label()).append(details.isEmpty() ? "" : ": " + details)
                        .append(s.note() == null ? "" : "\nNote: " + s.note());
                model.guideline(s.label()).ifPresent(g -> tip.append("\nGuideline v").append(g.version()).append(": ").append(g.text()));
            }
        }
        return tip.length() == 0 ? null : tip.toString(); // plain text: one line per \n

    }
}
