package io.veritag.ui;

import io.veritag.model.Span;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.FocusEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultCaret;

/**
 * The article text: read-only, wrapped at words, in a reading font that Ctrl+plus / Ctrl+minus zoom. The
 * spans are painted by one {@link SpanPainter} highlight under the text. The caret stays visible although
 * the text is not editable, so Shift+arrows can select.
 */
final class ArticleTextArea extends JTextArea {
    static final int MIN_SIZE = 10;
    static final int MAX_SIZE = 40;

    private final SpanPainter painter = new SpanPainter();
    private Object highlightTag;
    private float zoom = 1f;
    private IntFunction<String> toolTips = offset -> null;
    private String hint = "";
    private final java.util.List<TextOverlay> overlays = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Overlap layers of the others' spans shown (0 when hidden): each gets a bar in the room above the letters. */
    private int othersLayers;
    private LineRoomMetrics roomy;

    ArticleTextArea() {
        setEditable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setCaret(new VisibleCaret());
        setNavigationFilter(new GraphemeNavigation(this));
        setName("articleText");
        setToolTipText("");
        updateUI();
    }

    @Override
    public void updateUI() {
        setUI(new ArticleTextUI());
        if (highlightTag != null) {
            // a new look and feel installs a new highlighter: put the spans back on it (a theme switch)
            highlightTag = null;
            addSpanHighlight();
        }
        Font base = UIManager.getFont("Veritag.article.font");
        if (base != null && painter != null) {
            setFont(base.deriveFont(base.getSize2D() * zoom));
        }
        Insets margin = UIManager.getInsets("Veritag.article.margin");
        if (margin != null) {
            setMargin(margin);
        }
        Color bg = UIManager.getColor("Veritag.article.background");
        if (bg != null) {
            setBackground(bg);
        }
        Color fg = UIManager.getColor("Veritag.article.foreground");
        if (fg != null) {
            setForeground(fg);
        }
    }

    /** Replaces the text; the spans are set separately. */
    void setArticleText(String text) {
        if (highlightTag != null) {
            getHighlighter().removeHighlight(highlightTag);
            highlightTag = null;
        }
        // fill a detached document, then attach it: the views are built and laid out once, not per edit
        setDocument(ArticleDocument.of(text));
        setCaretPosition(0);
        addSpanHighlight();
    }

    private void addSpanHighlight() {
        try {
            highlightTag = getHighlighter().addHighlight(0, getDocument().getLength(), painter);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What to say while no article is shown (painted in the empty text area). */
    void setHint(String text) {
        if (!text.equals(hint)) {
            hint = text;
            repaint();
        }
    }

    String hint() {
        return getDocument().getLength() == 0 ? hint : "";
    }

    /** Adds a layer drawn over the text (links, flags), each in its own class. */
    void addOverlay(TextOverlay overlay) {
        overlays.add(overlay);
        repaint();
    }

    @Override
    protected void paintComponent(java.awt.Graphics g) {
        super.paintComponent(g);
        for (TextOverlay overlay : overlays) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                overlay.paint(g2, this);
            } finally {
                g2.dispose();
            }
        }
        if (getDocument().getLength() == 0 && !hint.isEmpty()) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Label.disabledForeground"));
            g2.setFont(UIManager.getFont("Label.font").deriveFont(15f));
            Insets in = getInsets();
            g2.drawString(hint, in.left, in.top + g2.getFontMetrics().getAscent() + 8);
            g2.dispose();
        }
    }

    void setSpans(SpanLayers mine, SpanLayers others) {
        painter.setSpans(mine, others);
        int layers = Math.min(others.layerCount(), OthersBand.MAX_LAYERS);
        if (layers != othersLayers) {
            othersLayers = layers;
            ((ArticleTextUI) getUI()).relayout(); // the lines open (or close) the room for the others' bars
        }
        repaint();
    }

    /**
     * The reading font's metrics with the others' bars' room above the letters of every line
     * ({@link OthersBand}): the wrapped view takes its line height and baseline from here.
     */
    @Override
    public FontMetrics getFontMetrics(Font font) {
        FontMetrics plain = super.getFontMetrics(font);
        int room = OthersBand.of(font.getSize2D(), othersLayers).room();
        if (room == 0) {
            return plain;
        }
        if (roomy == null || !roomy.wraps(plain, room)) {
            roomy = new LineRoomMetrics(plain, room);
        }
        return roomy;
    }

    void setSelectedSpan(long spanId) {
        painter.setSelected(spanId);
        repaint();
    }

    void setLabelColours(Function<String, Color> colours) {
        painter.setColours(colours);
        repaint();
    }

    void setToolTips(IntFunction<String> tips) {
        this.toolTips = tips;
    }

    /** Multiplies the reading font size by {@code factor} (kept between 10 and 40 points). */
    void zoomBy(float factor) {
        Font base = UIManager.getFont("Veritag.article.font");
        float baseSize = base != null ? base.getSize2D() : getFont().getSize2D();
        float size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, baseSize * zoom * factor));
        setZoom(size / baseSize);
    }

    void setZoom(float newZoom) {
        zoom = newZoom;
        Font base = UIManager.getFont("Veritag.article.font");
        Font font = base != null ? base : getFont();
        setFont(font.deriveFont(font.getSize2D() * zoom));
    }

    float zoom() {
        return zoom;
    }

    /** Scrolls so the span is in view (a little context above it) and shows it selected. */
    void reveal(Span span) {
        revealRange(span.start(), span.end());
    }

    /** Scrolls so the range {@code from}–{@code to} is in view, with a little context above and below. */
    void revealRange(int from, int to) {
        try {
            Rectangle2D start = modelToView2D(from);
            Rectangle2D end = modelToView2D(to);
            if (start != null && end != null) {
                Rectangle r = start.getBounds().union(end.getBounds());
                r.grow(0, r.height * 2);
                scrollRectToVisible(r);
            }
        } catch (BadLocationException e) {
            // the span is outside the text shown: nothing to scroll to
        }
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        for (TextOverlay overlay : overlays) {
            String tip = overlay.toolTipAt(event.getPoint());
            if (tip != null) {
                return tip;
            }
        }
        int offset = viewToModel2D(event.getPoint());
        return offset < 0 ? null : toolTips.apply(offset);
    }

    /** Pixels opened above the letters of every line for the others' bars (0 when they are hidden). */
    int othersRoom() {
        return OthersBand.of(getFont().getSize2D(), othersLayers).room();
    }

    /**
     * The part of a line's rectangle (from modelToView) where its letters are: below the room for the others' bars.
     * Fills, outlines and the caret use this, so they are as tall as the text and never cover the bars.
     */
    static Rectangle letters(javax.swing.text.JTextComponent c, Rectangle line) {
        int room = c instanceof ArticleTextArea area ? area.othersRoom() : 0;
        return room == 0 || line.height <= room ? line : new Rectangle(line.x, line.y + room, line.width, line.height - room);
    }

    /**
     * Keeps the caret visible in read-only text so the keyboard selection can be seen, and as tall as the letters:
     * Swing draws it over the whole line, which with Show others includes the room for the bars above the letters.
     */
    private static final class VisibleCaret extends DefaultCaret {
        @Override
        public void focusGained(FocusEvent e) {
            super.focusGained(e);
            setVisible(true);
            setSelectionVisible(true);
        }

        @Override
        protected javax.swing.text.Highlighter.HighlightPainter getSelectionPainter() {
            return SELECTION;
        }

        @Override
        public void paint(java.awt.Graphics g) {
            int room = getComponent() instanceof ArticleTextArea area ? area.othersRoom() : 0;
            if (room == 0 || !isVisible()) {
                super.paint(g);
                return;
            }
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                g2.clip(textRows(getComponent(), room, g.getClipBounds()));
                super.paint(g2);
            } finally {
                g2.dispose();
            }
        }

        /** The selection, as tall as the letters like the caret (Swing's painter fills the whole line). */
        private static final javax.swing.text.Highlighter.HighlightPainter SELECTION =
                new javax.swing.text.DefaultHighlighter.DefaultHighlightPainter(null) {
                    @Override
                    public java.awt.Shape paintLayer(java.awt.Graphics g, int p0, int p1, java.awt.Shape bounds,
                            javax.swing.text.JTextComponent c, javax.swing.text.View view) {
                        int room = c instanceof ArticleTextArea area ? area.othersRoom() : 0;
                        if (room == 0) {
                            return super.paintLayer(g, p0, p1, bounds, c, view);
                        }
                        java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                        try {
                            g2.clip(textRows(c, room, g.getClipBounds()));
                            return super.paintLayer(g2, p0, p1, bounds, c, view);
                        } finally {
                            g2.dispose();
                        }
                    }
                };

        /** The parts of the lines in {@code clip} below their bars' room: where the letters are. */
        private static java.awt.Shape textRows(javax.swing.text.JTextComponent c, int room, Rectangle clip) {
            Rectangle area = clip != null ? clip : new Rectangle(0, 0, c.getWidth(), c.getHeight());
            int lineHeight = c.getFontMetrics(c.getFont()).getHeight(); // every wrapped line is this tall
            int top = c.getInsets().top;
            java.awt.geom.Path2D rows = new java.awt.geom.Path2D.Float();
            int first = Math.max(0, Math.floorDiv(area.y - top, lineHeight));
            for (int line = first; top + line * lineHeight < area.y + area.height; line++) {
                rows.append(new Rectangle(area.x, top + line * lineHeight + room, area.width, lineHeight - room), false);
            }
            return rows;
        }
    }
}
