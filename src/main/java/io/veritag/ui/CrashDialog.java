package io.veritag.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Frame;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * The dialog for an uncaught exception: a short explanation, the report in a selectable text area, Copy,
 * and Quit; Continue only when a window is open to continue in.
 */
final class CrashDialog {
    private CrashDialog() {
    }

    /** Shows the dialog (modal) on the event thread. */
    static void show(String summary, String report) {
        Window owner = openWindow();
        JDialog dialog = new JDialog(owner instanceof Frame frame ? frame : null, "Veritag: something went wrong", true);
        dialog.setName("crashDialog");

        JLabel explanation = new JLabel(summary);
        explanation.putClientProperty("html.disable", Boolean.TRUE);
        JLabel advice = new JLabel("This is a bug. Copy the report below and send it to whoever looks after Veritag;"
                + " it is also in the log.");
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(explanation, BorderLayout.NORTH);
        top.add(advice, BorderLayout.SOUTH);

        JTextArea text = new JTextArea(report, 16, 80);
        text.setName("crashReport");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setCaretPosition(0);

        JButton copy = new JButton("Copy report");
        copy.setName("copyReport");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(report), null));
        JButton quit = new JButton("Quit");
        quit.setName("quit");
        quit.addActionListener(e -> {
            dialog.dispose();
            CrashReporter.exit(1);
        });
        JPanel buttons = new JPanel();
        buttons.add(copy);
        if (owner != null) {
            JButton carryOn = new JButton("Continue");
            carryOn.setName("continue");
            carryOn.addActionListener(e -> dialog.dispose());
            buttons.add(carryOn);
        }
        buttons.add(quit);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(top, BorderLayout.NORTH);
        content.add(new JScrollPane(text), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.setDefaultCloseOperation(owner != null ? JDialog.DISPOSE_ON_CLOSE : JDialog.DO_NOTHING_ON_CLOSE);
        dialog.pack();
        dialog.setMinimumSize(new Dimension(500, 300));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }

    /** The visible main window, if any: without one there is nothing to continue in. */
    private static Window openWindow() {
        for (Frame frame : Frame.getFrames()) {
            if (frame.isVisible() && frame.isDisplayable()) {
                return frame;
            }
        }
        return null;
    }
}
