package io.veritag.ui;

import java.awt.Graphics2D;
import java.awt.Point;
import javax.swing.text.JTextComponent;

/** Something drawn over the article text after the text itself (links, marks), with its own tooltips. */
interface TextOverlay {
    void paint(Graphics2D g, JTextComponent text);

    /** What to show when the mouse rests at this point, or null to let the text answer. */
    default String toolTipAt(Point point) {
        return null;
    }
}
