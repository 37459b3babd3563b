package io.veritag.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** A click as a button takes it: pressed and released on the same part, however the pointer moved in between. */
class ClicksTest {
    private final List<Integer> clicked = new ArrayList<>();
    /** Two parts side by side, each 50 pixels wide; nothing below y = 20. */
    private final JPanel panel = GuiActionRunner.execute(() -> {
        JPanel parts = new JPanel();
        parts.setSize(100, 40);
        Clicks.onClick(parts, p -> p.y < 20 ? p.x / 50 : null, clicked::add);
        return parts;
    });

    @Test
    void aPressAndReleaseOnTheSamePartIsAClickEvenIfThePointerMoved() {
        gesture(MouseEvent.BUTTON1, new Point(10, 5), new Point(14, 8));
        gesture(MouseEvent.BUTTON1, new Point(60, 5), new Point(60, 5));
        assertThat(clicked).containsExactly(0, 1);
    }

    @Test
    void releasedOnAnotherPartOrOnNothingIsNoClick() {
        gesture(MouseEvent.BUTTON1, new Point(10, 5), new Point(60, 5));
        gesture(MouseEvent.BUTTON1, new Point(10, 5), new Point(10, 30));
        gesture(MouseEvent.BUTTON1, new Point(10, 30), new Point(10, 5));
        assertThat(clicked).isEmpty();
    }

    @Test
    void otherButtonsAreNoClickAndAReleaseAloneIsNone() {
        gesture(MouseEvent.BUTTON3, new Point(10, 5), new Point(10, 5));
        GuiActionRunner.execute(() -> panel.dispatchEvent(event(MouseEvent.MOUSE_RELEASED, MouseEvent.BUTTON1, new Point(10, 5))));
        assertThat(clicked).isEmpty();
    }

    private void gesture(int button, Point pressed, Point released) {
        GuiActionRunner.execute(() -> {
            panel.dispatchEvent(event(MouseEvent.MOUSE_PRESSED, button, pressed));
            panel.dispatchEvent(event(MouseEvent.MOUSE_RELEASED, button, released));
        });
    }

    private MouseEvent event(int id, int button, Point at) {
        int mask = button == MouseEvent.BUTTON1 ? InputEvent.BUTTON1_DOWN_MASK : InputEvent.BUTTON3_DOWN_MASK;
        return new MouseEvent(panel, id, System.currentTimeMillis(), id == MouseEvent.MOUSE_PRESSED ? mask : 0,
                at.x, at.y, 1, false, button);
    }
}
