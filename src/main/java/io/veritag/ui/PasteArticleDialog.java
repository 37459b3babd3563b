package io.veritag.ui;

import io.veritag.service.ArticleOriginService;
import io.veritag.ui.kit.WorkbenchContext;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * File → New article from clipboard…: the clipboard's text (editable) becomes an article; its title is the first line
 * with letters; source (outlet) and url are optional. Saved off the EDT; a refusal is one line in the dialog, which
 * stays open.
 */
final class PasteArticleDialog extends JDialog {
    private final WorkbenchContext context;
    private final JTextArea text = new JTextArea(16, 60);
    private final JTextField source = new JTextField(30);
    private final JTextField url = new JTextField(30);
    private final JLabel problem = new JLabel(" ");
    private final JButton create = new JButton("Create article");

    private PasteArticleDialog(WorkbenchContext context) {
        super(context.frame(), "New article from clipboard", ModalityType.MODELESS);
        this.context = context;
        setName("pasteArticleDialog");
        text.setName("pasteText");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setText(clipboardText());
        text.setCaretPosition(0);
        source.setName("pasteSource");
        url.setName("pasteUrl");
        problem.setName("pasteProblem");
        create.setName("pasteCreate");
        create.addActionListener(e -> save());
        JButton cancel = new JButton("Cancel");
        cancel.setName("pasteCancel");
        cancel.addActionListener(e -> dispose());
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel fields = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 0, 2, 8);
        c.anchor = GridBagConstraints.WEST;
        fields.add(new JLabel("Source (outlet, optional):"), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        fields.add(source, c);
        c.gridx = 0;
        c.gridy = 1;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        fields.add(new JLabel("URL (optional):"), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        fields.add(url, c);

        JPanel south = new JPanel(new BorderLayout(0, 6));
        south.add(fields, BorderLayout.NORTH);
        south.add(problem, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(cancel);
        buttons.add(create);
        south.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 10, 14));
        content.add(new JLabel("Article text (the first line is the title):"), BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setPreferredSize(new Dimension(640, 320));
        content.add(scroll, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        pack();
        setLocationRelativeTo(context.frame());
    }

    static void open(WorkbenchContext context) {
        new PasteArticleDialog(context).setVisible(true);
    }

    /** The clipboard's text, or nothing when it holds none (an image, files) or cannot be read. */
    private static String clipboardText() {
        try {
            var clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
            if (clipboard.isDataFlavorAvailable(DataFlavor.stringFlavor)) {
                return (String) clipboard.getData(DataFlavor.stringFlavor);
            }
        } catch (Exception e) { // another program holding the clipboard, or no clipboard at all: start empty
            return "";
        }
        return "";
    }

    private void save() {
        String body = text.getText();
        String outlet = source.getText();
        String address = url.getText();
        create.setEnabled(false);
        problem.setText(" ");
        context.executor().write(() -> context.workspace().origins().paste(body, outlet, address), this::done, failure -> {
            create.setEnabled(true);
            problem.setText(failure instanceof IllegalArgumentException ? failure.getMessage()
                    : "Not saved: " + String.valueOf(failure.getMessage()).lines().findFirst().orElse(""));
        });
    }

    private void done(ArticleOriginService.Pasted pasted) {
        dispose();
        context.reload();
        if (pasted.alreadyStored()) {
            JOptionPane.showMessageDialog(context.frame(), "This text is already stored as an article: nothing was added.",
                    "New article from clipboard", JOptionPane.INFORMATION_MESSAGE);
        } else if (!pasted.notices().isEmpty()) {
            JOptionPane.showMessageDialog(context.frame(), String.join("\n", pasted.notices()),
                    "New article from clipboard", JOptionPane.INFORMATION_MESSAGE);
        }
    }
}
