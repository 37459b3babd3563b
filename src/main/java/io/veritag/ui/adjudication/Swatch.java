package io.veritag.ui.adjudication;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import javax.swing.Icon;

/** A small filled square in a label's colour. */
final class Swatch implements Icon {
    private final Color colour;

    Swatch(Color colour) {
        this.colour = colour;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        g.setColor(colour);
        g.fillRoundRect(x, y + 1, getIconWidth(), getIconHeight() - 2, 3, 3);
    }

    @Override
    public int getIconWidth() {
        return 12;
    }

    @Override
    public int getIconHeight() {
        return 12;
    }
}
