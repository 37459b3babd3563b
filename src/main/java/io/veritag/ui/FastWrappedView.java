package io.veritag.ui;

import java.awt.Container;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.Segment;
import javax.swing.text.WrappedPlainView;

/**
 * Swing's word-wrapping view with a fast line breaker. The stock breaker measures every character through
 * the font again and builds a line BreakIterator per visual line, which takes many seconds for a 1 MB article.
 * This one keeps a table of character advances per font and breaks after the last space that fits, so laying
 * out a megabyte is a single pass over the text.
 */
final class FastWrappedView extends WrappedPlainView {
    /** Pixels kept free at the right edge, so rounding in the measured advances never clips a glyph. */
    private static final float SLACK = 2f;
    private final Segment segment = new Segment();
    private Font measuredFont;
    private FontRenderContext measuredContext;
    private float[] advances = new float[0];
    private final java.util.Map<Integer, Float> supplementary = new java.util.HashMap<>();
    private FontMetrics metrics;

    FastWrappedView(Element element) {
        super(element, true);
    }

    @Override
    protected int calculateBreakPosition(int p0, int p1) {
        Container host = getContainer();
        if (host == null) {
            return super.calculateBreakPosition(p0, p1);
        }
        if (metrics == null || !metrics.getFont().equals(host.getFont())) {
            metrics = host.getFontMetrics(host.getFont());
        }
        prepareAdvances(metrics);
        float limit = getWidth() - SLACK;
        try {
            getDocument().getText(p0, p1 - p0, segment);
        } catch (BadLocationException e) {
            return p1;
        }
        char[] chars = segment.array;
        int base = segment.offset;
        int n = segment.count;
        float x = 0;
        int lastBreak = -1; // index just after the last space seen
        for (int i = 0; i < n; i++) {
            char c = chars[base + i];
            x += advance(c, chars, base + i, metrics);
            if (x > limit && i > 0) {
                if (Character.isWhitespace(c)) {
                    return p0 + i + 1; // the space that overflows ends the line (it is not drawn)
                }
                if (lastBreak > 0) {
                    return p0 + lastBreak;
                }
                int cut = i;
                if (Character.isLowSurrogate(c)) {
                    cut--; // never split an emoji
                }
                return p0 + Math.max(1, cut);
            }
            if (c == ' ' || c == '\t' || c == '-' && i + 1 < n && chars[base + i + 1] != ' ') {
                lastBreak = i + 1;
            }
        }
        return p1;
    }

    private float advance(char c, char[] chars, int index, FontMetrics metrics) {
        if (c == '\t') {
            return advanceOf(' ', metrics) * 8;
        }
        if (Character.isHighSurrogate(c) && index + 1 < chars.length && Character.isLowSurrogate(chars[index + 1])) {
            return supplementary.computeIfAbsent(Character.toCodePoint(c, chars[index + 1]),
                    cp -> (float) measuredFont.getStringBounds(chars, index, index + 2, measuredContext).getWidth());
        }
        if (Character.isLowSurrogate(c)) {
            return 0f; // measured with its high surrogate
        }
        return advanceOf(c, metrics);
    }

    private float advanceOf(char c, FontMetrics metrics) {
        if (c >= advances.length) {
            int size = Math.max(c + 1, Math.min(0x10000, advances.length * 2));
            int old = advances.length;
            advances = Arrays.copyOf(advances, size);
            Arrays.fill(advances, old, size, -1f);
        }
        float a = advances[c];
        if (a < 0) {
            a = (float) measuredFont.getStringBounds(String.valueOf(c), measuredContext).getWidth();
            advances[c] = a;
        }
        return a;
    }

    private void prepareAdvances(FontMetrics metrics) {
        Font font = metrics.getFont();
        FontRenderContext context = metrics.getFontRenderContext();
        if (!font.equals(measuredFont) || !context.equals(measuredContext)) {
            measuredFont = font;
            measuredContext = context;
            advances = new float[256];
            Arrays.fill(advances, -1f);
            supplementary.clear();
        }
    }
}
