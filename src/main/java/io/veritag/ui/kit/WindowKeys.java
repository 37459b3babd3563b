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
        // a table takes Escape for "cancel editing" even when nothing is edited, so after a click in one (the
        // Agreement window's confusion table) Escape did nothing: a table that is not editing lets it close the window
        java.awt.KeyEventDispatcher tables = e -> {
            if (e.getID() == KeyEvent.KEY_PRESSED && e.getKeyCode() == KeyEvent.VK_ESCAPE && e.getModifiersEx() == 0
                    && e.getComponent() instanceof javax.swing.JTable table && !table.isEditing()
                    && javax.swing.SwingUtilities.getWindowAncestor(table) == window) {
                window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
                return true;
            }
            return false;
        };
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(tables);
        // closed, it gives the keyboard back to the window it came from: without a window manager to do it
        // nothing had the keyboard, and the next Escape (to close that window too) went nowhere
        window.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentHidden(java.awt.event.ComponentEvent e) {
                Window owner = window.getOwner();
                if (owner != null && owner.isShowing()) {
                    owner.toFront();
                    java.awt.Component last = owner.getMostRecentFocusOwner();
                    if (last != null) {
                        last.requestFocus();
                    }
                }
            }
        });
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(tables);
            }
        });
    }
}
