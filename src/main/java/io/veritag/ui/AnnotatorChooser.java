package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.store.Store;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;
import java.awt.BorderLayout;

/** Asks who is labeling: pick a known annotator or type a new name (created on OK). */
final class AnnotatorChooser {
    private AnnotatorChooser() {
    }

    /**
     * The name field gets the focus with its text selected (so typing replaces it), and Enter in it answers OK.
     */
    private static void focusAndConfirmOnEnter(JComboBox<String> names) {
        JTextField editor = (JTextField) names.getEditor().getEditorComponent();
        editor.setName("annotatorNameText");
        editor.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                // the option pane focuses its OK button when shown: take the focus after that
                SwingUtilities.invokeLater(() -> {
                    editor.requestFocusInWindow();
                    editor.selectAll();
                });
            }

            @Override
            public void ancestorRemoved(AncestorEvent event) {
            }

            @Override
            public void ancestorMoved(AncestorEvent event) {
            }
        });
        editor.addActionListener(e -> {
            JOptionPane pane = (JOptionPane) SwingUtilities.getAncestorOfClass(JOptionPane.class, editor);
            if (pane != null) {
                pane.setValue(JOptionPane.OK_OPTION);
            }
        });
    }

    /**
     * @param firstStart worded as a welcome when nobody has been chosen yet
     * @return the chosen (possibly new) annotator, or empty if cancelled
     */
    static Optional<Annotator> choose(Component owner, Store store, String current, boolean firstStart) {
        List<Annotator> known = store.annotators().all();
        JComboBox<String> names = new JComboBox<>(known.stream().map(Annotator::name).toArray(String[]::new));
        names.setEditable(true);
        names.setName("annotatorName");
        names.setSelectedItem(current != null ? current : known.isEmpty() ? "" : known.get(0).name());
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(new JLabel(firstStart
                ? "<html><b>Welcome to Veritag.</b><br>Who is labeling? Pick your name or type a new one.</html>"
                : "Label as (pick a name or type a new one):"), BorderLayout.NORTH);
        panel.add(names, BorderLayout.CENTER);
        focusAndConfirmOnEnter(names);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, panel, firstStart ? "Veritag: annotator" : "Switch annotator",
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            Object value = names.getEditor().getItem();
            String name = value == null ? "" : value.toString().strip();
            if (name.isEmpty()) {
                JOptionPane.showMessageDialog(owner, "Please type a name.", "Annotator", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            if (name.length() > 100) {
                JOptionPane.showMessageDialog(owner, "A name can have at most 100 characters.", "Annotator", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            return Optional.of(store.annotators().getOrCreate(name));
        }
    }
}
