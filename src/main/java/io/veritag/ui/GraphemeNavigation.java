package io.veritag.ui;

import io.veritag.service.Graphemes;
import javax.swing.SwingConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import javax.swing.text.NavigationFilter;
import javax.swing.text.Position;

/**
 * Keeps the caret on user-perceived character boundaries: arrows and Shift+arrows step over a whole emoji
 * (surrogate pairs, flags, ZWJ sequences, skin tones) or a letter with its combining marks, and a click never
 * lands inside one, so a selection can never cut an emoji in half.
 */
final class GraphemeNavigation extends NavigationFilter {
    private final JTextComponent text;

    GraphemeNavigation(JTextComponent text) {
        this.text = text;
    }

    @Override
    public int getNextVisualPositionFrom(JTextComponent component, int pos, Position.Bias bias, int direction,
                                         Position.Bias[] biasRet) throws BadLocationException {
        int next = super.getNextVisualPositionFrom(component, pos, bias, direction, biasRet);
        if (direction == SwingConstants.EAST) {
            return ceil(text, next);
        }
        if (direction == SwingConstants.WEST) {
            return floor(text, next);
        }
        return floor(text, next);
    }

    @Override
    public void setDot(FilterBypass fb, int dot, Position.Bias bias) {
        fb.setDot(floor(text, dot), bias);
    }

    @Override
    public void moveDot(FilterBypass fb, int dot, Position.Bias bias) {
        fb.moveDot(floor(text, dot), bias);
    }

    static int floor(JTextComponent text, int offset) {
        return Graphemes.floor(text.getText(), offset);
    }

    static int ceil(JTextComponent text, int offset) {
        return Graphemes.ceil(text.getText(), offset);
    }
}
