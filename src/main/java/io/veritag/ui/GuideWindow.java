package io.veritag.ui;

import io.veritag.ui.kit.WindowKeys;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;

/** Help → User guide and Help → Keyboard shortcuts: the guide's sections on the left, the chosen one on the right. */
final class GuideWindow extends JDialog {
    private final UserGuide guide;
    private final JList<String> titles;
    private final JTextPane text = new JTextPane();

    private GuideWindow(Window owner, UserGuide guide) {
        super(owner, "Veritag user guide", ModalityType.MODELESS);
        this.guide = guide;
        setName("userGuide");
        titles = new JList<>(guide.sections().stream().map(UserGuide.Section::title).toArray(String[]::new));
        titles.setName("guideSections");
        titles.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        titles.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && titles.getSelectedIndex() >= 0) {
                show(guide.sections().get(titles.getSelectedIndex()));
            }
        });
        text.setName("guideText");
        text.setEditable(false);
        text.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.getVerticalScrollBar().setUnitIncrement(16);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(titles), textScroll);
        split.setDividerLocation(220);
        getContentPane().add(split, BorderLayout.CENTER);
        setPreferredSize(new Dimension(980, 640));
        pack();
        setLocationRelativeTo(owner);
        WindowKeys.closeOnEscape(this, getRootPane());
    }

    /** Opens the guide at the section with this title (or the first one). */
    static GuideWindow open(Window owner, String sectionTitle) {
        GuideWindow window = new GuideWindow(owner, UserGuide.bundled());
        window.select(sectionTitle);
        window.setVisible(true);
        return window;
    }

    private void select(String sectionTitle) {
        int index = guide.sections().stream().map(UserGuide.Section::title).toList().indexOf(sectionTitle);
        titles.setSelectedIndex(Math.max(index, 0));
    }

    private void show(UserGuide.Section section) {
        text.setStyledDocument(GuideText.render(section.title(), section.lines(), text.getFont()));
        text.setCaretPosition(0);
    }
}
