package io.veritag.ui;

import io.veritag.model.Guideline;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;

/** F1: the guidelines of every label and link type (with their versions) and the linking keys, beside the work. */
final class GuidelinePane extends JDialog {
    private static final List<String> ORDER = List.of("CLAIM", "DENIAL", "SPECULATION", "SOURCE", "SAID_BY", "DENIES", "HEDGES");
    private final JTextArea text = new JTextArea();

    GuidelinePane(JFrame owner) {
        super(owner, "Guidelines", ModalityType.MODELESS);
        setName("guidelinePane");
        text.setName("guidelineText");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        getContentPane().add(new JScrollPane(text), BorderLayout.CENTER);
        getRootPane().registerKeyboardAction(e -> setVisible(false), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        getRootPane().registerKeyboardAction(e -> setVisible(false), KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setSize(new Dimension(520, 560));
        setLocationRelativeTo(owner);
    }

    void show(List<Guideline> guidelines) {
        text.setText(render(guidelines));
        text.setCaretPosition(0);
        setVisible(true);
    }

    String shownText() {
        return text.getText();
    }

    /** Plain text (never HTML): the guidelines in label order, then the keys. */
    static String render(List<Guideline> guidelines) {
        StringBuilder out = new StringBuilder();
        for (String subject : ORDER) {
            guidelines.stream().filter(g -> g.subject().equals(subject)).findFirst().ifPresent(g ->
                    out.append(g.subject()).append("  (version ").append(g.version()).append(")\n")
                            .append(g.text()).append("\n\n"));
        }
        out.append("KEYS\n")
                .append("1 / 2 / 3  tag the selection CLAIM / DENIAL / SPECULATION\n")
                .append("S  with words selected: make them a SOURCE (choose its type) said-by-linked from the selected span;\n")
                .append("   on a selected source: change its type\n")
                .append("L  link the selected span: ←/→ step through targets, T changes the link type,\n")
                .append("   Enter links (or unlinks an existing link), a click links to the clicked span, Esc cancels\n")
                .append("U  mark the selected span unsure (again: sure)\n")
                .append("Ctrl+Z / Ctrl+Shift+Z  undo / redo every edit, links included\n");
        return out.toString();
    }
}
