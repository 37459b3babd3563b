package io.veritag.ui;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;

/**
 * A font's metrics with {@code room} more pixels of ascent: Swing's wrapped text view makes every line that much
 * taller and puts the baseline that much lower, so the room opens at the top of each line (for the
 * {@link OthersBand}). Widths and glyph measures are the font's own, so wrapping and caret positions are unchanged.
 */
final class LineRoomMetrics extends FontMetrics {
    private final FontMetrics metrics;
    private final int room;

    LineRoomMetrics(FontMetrics metrics, int room) {
        super(metrics.getFont());
        this.metrics = metrics;
        this.room = room;
    }

    /** Whether this is {@code metrics} with {@code room} pixels more (to reuse it rather than make another). */
    boolean wraps(FontMetrics other, int otherRoom) {
        return metrics == other && room == otherRoom;
    }

    @Override
    public int getAscent() {
        return metrics.getAscent() + room;
    }

    @Override
    public int getMaxAscent() {
        return metrics.getMaxAscent() + room;
    }

    @Override
    public int getHeight() {
        return metrics.getHeight() + room;
    }

    @Override
    public int getDescent() {
        return metrics.getDescent();
    }

    @Override
    public int getLeading() {
        return metrics.getLeading();
    }

    @Override
    public int getMaxDescent() {
        return metrics.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
        return metrics.getMaxAdvance();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return metrics.getFontRenderContext();
    }

    @Override
    public int charWidth(int codePoint) {
        return metrics.charWidth(codePoint);
    }

    @Override
    public int charWidth(char c) {
        return metrics.charWidth(c);
    }

    @Override
    public int stringWidth(String s) {
        return metrics.stringWidth(s);
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return metrics.charsWidth(data, off, len);
    }

    @Override
    public int bytesWidth(byte[] data, int off, int len) {
        return metrics.bytesWidth(data, off, len);
    }

    @Override
    public int[] getWidths() {
        return metrics.getWidths();
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return metrics.hasUniformLineMetrics();
    }

    @Override
    public LineMetrics getLineMetrics(String str, Graphics context) {
        return metrics.getLineMetrics(str, context);
    }

    @Override
    public LineMetrics getLineMetrics(String str, int beginIndex, int limit, Graphics context) {
        return metrics.getLineMetrics(str, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, Graphics context) {
        return metrics.getLineMetrics(chars, beginIndex, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        return metrics.getLineMetrics(ci, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
        return metrics.getStringBounds(str, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
        return metrics.getStringBounds(str, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return metrics.getStringBounds(chars, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        return metrics.getStringBounds(ci, beginIndex, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
        return metrics.getMaxCharBounds(context);
    }
}
