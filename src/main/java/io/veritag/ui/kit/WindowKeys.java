package io.veritag.ui.kit;

import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** Keys every secondary window shares. */
public final class WindowKeys {
    private WindowKeys() {
    }

    /**
     * Escape closes {@code window} as its close button does. A focused field that uses Escape itself (a reason
     * being typed, a list) keeps it: focused bindings come before the window's.
     */
    public static void closeOnEscape(Window window, JRootPane root) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close-window");
        root.getActionMap().put("close-window", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            }
        });
    }
}
