package io.veritag.ui;

import io.veritag.ui.kit.InertText;
import io.veritag.service.CatalogService;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;

/** Asks who is labeling: pick a known annotator or type a new name (the caller creates it, off the EDT). */
final class AnnotatorChooser {
    private AnnotatorChooser() {
    }

    private static JComboBox<String> names(List<String> known, String current) {
        JComboBox<String> names = new JComboBox<>(known.toArray(String[]::new));
        names.setEditable(true);
        names.setName("annotatorName");
        names.setSelectedItem(current != null ? current : known.isEmpty() ? "" : known.get(0));
        return names;
    }

    private static JPanel question(JComboBox<String> names, boolean firstStart) {
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(InertText.allowHtml(new JLabel(firstStart
                ? "<html><b>Welcome to Veritag.</b><br>Who is labeling? Pick your name or type a new one.</html>"
                : "Label as (pick a name or type a new one):")), BorderLayout.NORTH);
        panel.add(names, BorderLayout.CENTER);
        return panel;
    }

    private static String title(boolean firstStart) {
        return firstStart ? "Veritag: annotator" : "Switch annotator";
    }

    /**
     * The first start's welcome built, laid out and painted into an image, never shown: for the build's
     * class-data training, so that a real first start finds its classes in the archive.
     */
    static void paintWelcomeOffScreen() {
        JOptionPane pane = new JOptionPane(question(names(List.of(), null), true), JOptionPane.QUESTION_MESSAGE,
                JOptionPane.OK_CANCEL_OPTION);
        JDialog dialog = pane.createDialog(null, title(true));
        try {
            dialog.pack();
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(Math.max(1, dialog.getWidth()),
                    Math.max(1, dialog.getHeight()), java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            try {
                dialog.getRootPane().paint(graphics);
            } finally {
                graphics.dispose();
            }
        } finally {
            dialog.dispose();
        }
    }

    /** Enter in the name field answers OK. */
    private static JTextField nameField(JComboBox<String> names) {
        JTextField editor = (JTextField) names.getEditor().getEditorComponent();
        editor.setName("annotatorNameText");
        editor.addActionListener(e -> {
            JOptionPane pane = (JOptionPane) SwingUtilities.getAncestorOfClass(JOptionPane.class, editor);
            if (pane != null) {
                pane.setValue(JOptionPane.OK_OPTION);
            }
        });
        return editor;
    }

    /**
     * Shows the question with the name field focused and its text selected, so that typing replaces it.
     * The option pane's dialog calls {@code selectInitialValue} once it has the focus (by default it
     * focuses OK); asking for the focus any earlier races the dialog's own.
     */
    private static int ask(Component owner, JPanel panel, String title, JTextField nameField, Runnable shown) {
        JOptionPane pane = new JOptionPane(panel, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION) {
            @Override
            public void selectInitialValue() {
                nameField.requestFocusInWindow();
                nameField.selectAll();
            }
        };
        JDialog dialog = pane.createDialog(owner, title);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                shown.run();
            }
        });
        dialog.setVisible(true);
        dialog.dispose();
        return pane.getValue() instanceof Integer answer ? answer : JOptionPane.CLOSED_OPTION;
    }

    /**
     * @param known      the annotators' names, read beforehand off the EDT
     * @param firstStart worded as a welcome when nobody has been chosen yet
     * @return the chosen (possibly new) name, stripped, or empty if cancelled
     */
    static Optional<String> choose(Component owner, List<String> known, String current, boolean firstStart) {
        return choose(owner, known, current, firstStart, () -> { });
    }

    /** {@link #choose(Component, List, String, boolean)}, running {@code shown} once the dialog is on screen. */
    static Optional<String> choose(Component owner, List<String> known, String current, boolean firstStart, Runnable shown) {
        JComboBox<String> names = names(known, current);
        JPanel panel = question(names, firstStart);
        JTextField nameField = nameField(names);
        while (true) {
            int answer = ask(owner, panel, title(firstStart), nameField, shown);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            Object value = names.getEditor().getItem();
            String name = value == null ? "" : value.toString().strip();
            Optional<String> problem = CatalogService.nameProblem(name);
            if (problem.isPresent()) {
                JOptionPane.showMessageDialog(owner, problem.get(), "Annotator", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            return Optional.of(name);
        }
    }
}
