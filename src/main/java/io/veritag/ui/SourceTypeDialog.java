package io.veritag.ui;

import io.veritag.model.SourceType;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/** Asks for a source type: 1–8 picks one at once, arrows and Enter too, Esc cancels. */
final class SourceTypeDialog extends JDialog {
    private final JList<SourceType> list = new JList<>(SourceType.values());
    private SourceType chosen;

    private SourceTypeDialog(JFrame owner, String prompt, SourceType preselected) {
        super(owner, "Source type", ModalityType.APPLICATION_MODAL);
        setName("sourceTypeDialog");
        list.setName("sourceTypes");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setSelectedValue(preselected, true);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(l, value, index, selected, focus);
                setText((index + 1) + "   " + ((SourceType) value).displayName());
                return this;
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "choose", () -> choose(list.getSelectedValue()));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", () -> choose(null));
        for (int i = 0; i < SourceType.values().length; i++) {
            SourceType type = SourceType.values()[i];
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, 0), "type" + i, () -> choose(type));
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD1 + i, 0), "numpad" + i, () -> choose(type));
        }
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    choose(list.getSelectedValue());
                }
            }
        });
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        JLabel label = new JLabel(prompt);
        label.putClientProperty("html.disable", Boolean.TRUE);
        content.add(label, BorderLayout.NORTH);
        content.add(list, BorderLayout.CENTER);
        content.add(new JLabel("1–8 or ↑/↓ and Enter · Esc cancels"), BorderLayout.SOUTH);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    private void bind(KeyStroke key, String name, Runnable action) {
        list.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        AbstractAction a = new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        };
        list.getActionMap().put(name, a);
        getRootPane().getActionMap().put(name, a);
    }

    private void choose(SourceType type) {
        chosen = type;
        dispose();
    }

    /** The chosen type, or empty if cancelled. */
    static Optional<SourceType> ask(JFrame owner, String prompt, SourceType preselected) {
        SourceTypeDialog dialog = new SourceTypeDialog(owner, prompt, preselected);
        dialog.setVisible(true); // modal: returns when closed
        return Optional.ofNullable(dialog.chosen);
    }
}
