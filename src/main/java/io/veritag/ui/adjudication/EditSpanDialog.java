package io.veritag.ui.adjudication;

import io.veritag.model.Label;
import io.veritag.model.TextOffsets;
import io.veritag.model.gold.LabeledRange;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;

/**
 * Boundaries and label of a gold span, from the keyboard: Up/Down in the Start and End fields move by one
 * character (an emoji is one character), the label list takes the label's first letter, Enter accepts,
 * Escape cancels. Positions are shown in characters (code points), as in exported files.
 */
final class EditSpanDialog extends JDialog {
    private final String text;
    private final TextOffsets offsets;
    private final JSpinner start;
    private final JSpinner end;
    private final JComboBox<String> label;
    private final JLabel preview = new JLabel();
    private LabeledRange result;

    EditSpanDialog(Window owner, String title, String text, LabeledRange initial, List<Label> labels) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        setName("editSpan");
        this.text = text;
        this.offsets = TextOffsets.of(text);
        int length = offsets.codePointLength();
        start = new JSpinner(new SpinnerNumberModel(offsets.toCodePoint(initial.start()), 0, length - 1, 1));
        end = new JSpinner(new SpinnerNumberModel(offsets.toCodePoint(initial.end()), 1, length, 1));
        start.setName("start");
        end.setName("end");
        label = new JComboBox<>(labels.stream().map(Label::name).toArray(String[]::new));
        label.setName("label");
        label.setSelectedItem(initial.label());
        preview.setName("preview");
        preview.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        start.addChangeListener(e -> updatePreview());
        end.addChangeListener(e -> updatePreview());

        JPanel fields = new JPanel(new GridBagLayout());
        fields.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        addRow(fields, c, 0, "Start (character):", start);
        addRow(fields, c, 1, "End (character, exclusive):", end);
        addRow(fields, c, 2, "Label:", label);
        c.gridx = 0;
        c.gridy = 3;
        c.gridwidth = 2;
        fields.add(preview, c);

        JButton ok = new JButton("OK");
        ok.setName("ok");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);

        getContentPane().add(fields, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        updatePreview();
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and returns the span the curator confirmed, in UTF-16 offsets. */
    Optional<LabeledRange> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }

    private void accept() {
        Optional<LabeledRange> range = current();
        if (range.isPresent()) {
            result = range.get();
            dispose();
        }
    }

    private Optional<LabeledRange> current() {
        int s = (Integer) start.getValue();
        int e = (Integer) end.getValue();
        if (s >= e) {
            return Optional.empty();
        }
        return Optional.of(new LabeledRange(offsets.toUtf16(s), offsets.toUtf16(e), (String) label.getSelectedItem()));
    }

    private void updatePreview() {
        Optional<LabeledRange> range = current();
        preview.setText(range.map(r -> "«" + text.substring(r.start(), r.end()).replace('\n', ' ') + "»")
                .orElse("The start must come before the end."));
    }

    private static void addRow(JPanel panel, GridBagConstraints c, int row, String caption, JComponent field) {
        c.gridx = 0;
        c.gridy = row;
        c.gridwidth = 1;
        panel.add(new JLabel(caption), c);
        c.gridx = 1;
        panel.add(field, c);
    }
}
