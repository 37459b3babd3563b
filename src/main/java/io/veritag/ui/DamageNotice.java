package io.veritag.ui;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;

/**
 * Damage found while the window is open (by the background backup, a check, or a read): from then on
 * nothing is saved. Says so once, and how to get back: quit, and the next start offers the newest backup
 * or recovery.
 */
final class DamageNotice {
    private static boolean shown;

    private DamageNotice() {
    }

    /** Call on the event thread. */
    static void show(JFrame frame, String damage) {
        if (shown) {
            return;
        }
        shown = true;
        JTextArea text = new JTextArea(damage + ".\n\nNothing more is saved to this file, so that no work goes into it."
                + "\nQuit, then start Veritag again: it offers to restore the newest backup or to recover what can be read.");
        text.setName("damageMessage");
        text.setEditable(false);
        text.setOpaque(false);
        String[] options = {"Quit", "Keep reading"};
        int choice = JOptionPane.showOptionDialog(frame, text, "Veritag: damaged database", JOptionPane.DEFAULT_OPTION,
                JOptionPane.ERROR_MESSAGE, null, options, options[0]);
        if (choice == 0) {
            frame.dispose();
        }
    }
}
