package io.veritag.ui.kit;

import java.awt.Component;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/**
 * A click on a part of a component (a table row, a grid cell) as a button takes it: the left button pressed and
 * released on the same part. AWT's own "clicked" event needs the pointer not to move at all between the two, so a
 * hand on a touchpad, moving a pixel, would open nothing.
 */
public final class Clicks {
    private Clicks() {
    }

    /**
     * Runs {@code action} with the part under the pointer when the left button is pressed and released on the
     * same part; {@code partAt} gives null where there is none.
     */
    public static <T> void onClick(Component component, Function<Point, T> partAt, Consumer<T> action) {
        component.addMouseListener(new MouseAdapter() {
            private T pressed;

            @Override
            public void mousePressed(MouseEvent e) {
                pressed = SwingUtilities.isLeftMouseButton(e) ? partAt.apply(e.getPoint()) : null;
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                T released = SwingUtilities.isLeftMouseButton(e) ? partAt.apply(e.getPoint()) : null;
                T wasPressed = pressed;
                pressed = null;
                if (released != null && Objects.equals(released, wasPressed)) {
                    action.accept(released);
                }
            }
        });
    }
}
