package io.veritag.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/** Asks for a span's note (Enter saves, Escape cancels; an empty note clears it). */
final class NoteDialog extends JDialog {
    private final JTextField note = new JTextField(40);
    private boolean saved;

    private NoteDialog(JFrame owner, String prompt, String current) {
        super(owner, "Note", ModalityType.APPLICATION_MODAL);
        setName("noteDialog");
        note.setName("noteText");
        note.setText(current == null ? "" : current);
        JButton ok = new JButton("Save");
        ok.setName("noteSave");
        ok.addActionListener(e -> {
            saved = true;
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.setName("noteCancel");
        cancel.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 10, 14));
        content.add(new JLabel(prompt), BorderLayout.NORTH);
        content.add(note, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(cancel);
        buttons.add(ok);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /** The new note, or empty if cancelled. */
    static Optional<String> ask(JFrame owner, String prompt, String current) {
        NoteDialog dialog = new NoteDialog(owner, prompt, current);
        dialog.setVisible(true); // modal: returns when closed
        return dialog.saved ? Optional.of(dialog.note.getText()) : Optional.empty();
    }
}
