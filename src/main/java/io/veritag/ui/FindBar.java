package io.veritag.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Find in the open article (Ctrl+F): a bar above the text with the words to find, "3 of 12", previous and
 * next. Every match is highlighted (see {@link FindHighlights}); Enter or F3 goes to the next, Shift+Enter or
 * Shift+F3 to the previous (round the end), and the current match is selected in the text, so a label key
 * tags it. Matching is literal and case-blind. Esc closes the bar and the highlights.
 */
final class FindBar extends JPanel {
    private final ArticleTextArea text;
    private final FindHighlights highlights;
    private final JTextField field = new JTextField(22);
    private final JLabel count = new JLabel(" ");

    FindBar(ArticleTextArea text) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 3));
        this.text = text;
        this.highlights = new FindHighlights(text);
        setName("findBar");
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        field.setName("findField");
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Find in this article");
        count.setName("findCount");
        JButton previous = button("↑", "Previous match (Shift+Enter, Shift+F3)", () -> step(-1));
        JButton next = button("↓", "Next match (Enter, F3)", () -> step(1));
        JButton close = button("✕", "Close (Esc)", this::close);
        previous.setName("findPrevious");
        next.setName("findNext");
        add(new JLabel("Find:"));
        add(field);
        add(previous);
        add(next);
        add(count);
        add(close);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                search(true);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                search(true);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                search(true);
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), () -> step(1));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK), () -> step(-1));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), this::close);
        text.addPropertyChangeListener("document", e -> {
            if (isVisible()) {
                search(false);
            }
        });
        setVisible(false);
    }

    JTextField field() {
        return field;
    }

    FindHighlights highlights() {
        return highlights;
    }

    /** Opens the bar with the text's selection (if short and on one line) as the words to find. */
    void open() {
        String selected = text.getSelectedText();
        setVisible(true);
        if (selected != null && !selected.isBlank() && selected.length() <= 100 && selected.indexOf('\n') < 0) {
            field.setText(selected);
        } else {
            search(false);
        }
        field.selectAll();
        field.requestFocusInWindow();
        revalidate();
    }

    /** Shows {@code words} found, the match at {@code start} current (a corpus search result opened here). */
    void showMatchAt(String words, int start) {
        setVisible(true);
        field.setText(words);
        List<int[]> found = highlights.matches();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i)[0] == start) {
                select(i);
                return;
            }
        }
    }

    void close() {
        highlights.clear();
        setVisible(false);
        text.requestFocusInWindow();
    }

    /** F3 / Shift+F3 from anywhere in the window: the next or previous match (opens the bar if closed). */
    void step(int direction) {
        if (!isVisible()) {
            open();
            return;
        }
        List<int[]> found = highlights.matches();
        if (found.isEmpty()) {
            return;
        }
        int current = highlights.current();
        int next = current < 0 ? firstFrom(text.getCaretPosition(), direction) : Math.floorMod(current + direction, found.size());
        select(next);
    }

    private void search(boolean fromCaret) {
        List<int[]> found = find(text.getText(), field.getText());
        int first = -1;
        if (!found.isEmpty()) {
            highlights.show(found, -1);
            first = fromCaret ? firstFrom(text.getSelectionStart(), 1) : 0;
        }
        highlights.show(found, first);
        if (first >= 0) {
            select(first);
        } else {
            updateCount();
        }
    }

    private int firstFrom(int offset, int direction) {
        List<int[]> found = highlights.matches();
        if (direction > 0) {
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i)[0] >= offset) {
                    return i;
                }
            }
            return 0;
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i)[0] < offset) {
                return i;
            }
        }
        return found.size() - 1;
    }

    private void select(int index) {
        int[] match = highlights.matches().get(index);
        highlights.show(highlights.matches(), index);
        text.select(match[0], match[1]);
        text.revealRange(match[0], match[1]);
        updateCount();
    }

    private void updateCount() {
        int n = highlights.matches().size();
        if (field.getText().isEmpty()) {
            count.setText(" ");
        } else if (n == 0) {
            count.setText("No match");
        } else {
            count.setText((highlights.current() + 1) + " of " + n);
        }
    }

    /** Every place {@code words} occurs in {@code text}, case-blind, not overlapping, as {start, end}. */
    static List<int[]> find(String text, String words) {
        List<int[]> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        int n = words.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, words, 0, n)) {
                found.add(new int[] {i, i + n});
                i += n - 1;
            }
        }
        return found;
    }

    private JButton button(String label, String tip, Runnable action) {
        JButton b = new JButton(label);
        b.setToolTipText(tip);
        b.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_TOOLBAR_BUTTON);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void bind(KeyStroke key, Runnable action) {
        String name = "find:" + key;
        field.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        field.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }
}
