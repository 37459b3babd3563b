package io.veritag.ui;

import com.formdev.flatlaf.FlatClientProperties;
import io.veritag.model.SearchHit;
import io.veritag.model.SearchResult;
import io.veritag.service.search.CorpusSearch;
import io.veritag.ui.kit.RowTableModel;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.UiExecutor;
import io.veritag.ui.kit.WindowKeys;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Find in all articles (Ctrl+Shift+F): the words are looked up in the corpus index as you type (off the event
 * thread), and every match is listed keyword-in-context: article, the text before, the match, the text after.
 * Enter or a double click opens the article at the match (selected in the text, all its occurrences
 * highlighted by the find bar).
 */
final class CorpusSearchDialog extends JDialog {
    /** Searches after this pause in typing, so a fast typist sends one query, not one per key. */
    private static final int TYPING_PAUSE_MS = 150;

    private final Supplier<CorpusSearch> search;
    private final UiExecutor executor;
    private final Opener opener;
    private final JTextField field = new JTextField(30);
    private final JLabel summary = new JLabel(" ");
    private final HitTableModel hits = new HitTableModel();
    private final JTable table = new JTable(hits);
    private final Timer typing;
    private int ticket;

    /** Opens an article with a range selected and the words highlighted. */
    interface Opener {
        void open(long articleId, int start, int end, String words);
    }

    CorpusSearchDialog(JFrame owner, Supplier<CorpusSearch> search, UiExecutor executor, Opener opener) {
        super(owner, "Find in all articles", ModalityType.MODELESS);
        this.search = search;
        this.executor = executor;
        this.opener = opener;
        setName("corpusSearch");
        field.setName("corpusSearchField");
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Words or a phrase (whole words; word* for a prefix)");
        summary.setName("corpusSearchSummary");
        table.setName("corpusSearchResults");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(190);
        table.getColumnModel().getColumn(1).setPreferredWidth(300);
        table.getColumnModel().getColumn(2).setPreferredWidth(130);
        table.getColumnModel().getColumn(3).setPreferredWidth(300);
        table.getColumnModel().getColumn(1).setCellRenderer(new ContextRenderer(true));
        table.getColumnModel().getColumn(2).setCellRenderer(new MatchRenderer());
        table.getColumnModel().getColumn(3).setCellRenderer(new ContextRenderer(false));
        table.setToolTipText("");

        typing = new Timer(TYPING_PAUSE_MS, e -> runQuery());
        typing.setRepeats(false);
        field.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }
        });
        field.addActionListener(e -> {
            if (table.getRowCount() > 0) {
                table.requestFocusInWindow();
                if (table.getSelectedRow() < 0) {
                    table.setRowSelectionInterval(0, 0);
                }
            }
        });
        field.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "to-results");
        field.getActionMap().put("to-results", action(() -> field.postActionEvent()));
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open-hit");
        table.getActionMap().put("open-hit", action(this::openSelected));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });

        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.setBorder(BorderFactory.createEmptyBorder(8, 8, 4, 8));
        top.add(field, BorderLayout.CENTER);
        top.add(summary, BorderLayout.SOUTH);
        getContentPane().add(top, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        WindowKeys.closeOnEscape(this, getRootPane());
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        setSize(new Dimension(980, 520));
        setLocationRelativeTo(owner);
    }

    JTextField field() {
        return field;
    }

    JTable table() {
        return table;
    }

    /** Runs the search now (tests; the field runs it after a pause in typing). */
    void runQuery() {
        typing.stop();
        String query = field.getText();
        int mine = ++ticket;
        summary.setText("Searching…");
        executor.read(() -> search.get().search(query), result -> {
            if (mine == ticket) {
                show(query, result);
            }
        }, failure -> {
            if (mine == ticket) {
                summary.setForeground(ThemeColours.get(ThemeColours.ERROR));
                summary.setText("Search failed: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                        : failure.getMessage().lines().findFirst().orElse("")));
            }
        });
    }

    private void show(String query, SearchResult result) {
        hits.set(result.lines());
        summary.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
        if (query.isBlank()) {
            summary.setText(" ");
        } else if (result.articles() == 0) {
            summary.setText("No article contains “" + query.strip() + "”");
        } else {
            String articles = result.articlesAtLeast() ? "at least " + result.articles() + " articles"
                    : result.articles() == 1 ? "1 article" : result.articles() + " articles";
            String lines = result.lines().size() == 1 ? "1 match" : result.lines().size() + " matches";
            summary.setText(lines + (result.truncated() ? " listed (the first " + CorpusSearch.MAX_LINES + ")" : "")
                    + " in " + articles + " — Enter or double-click opens the article at the match");
        }
        if (table.getRowCount() > 0) {
            table.setRowSelectionInterval(0, 0);
        }
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            SearchHit hit = hits.row(table.convertRowIndexToModel(row));
            opener.open(hit.articleId(), hit.start(), hit.end(), hit.match());
        }
    }

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
    }

    static final class HitTableModel extends RowTableModel<SearchHit> {
        HitTableModel() {
            super("Article", "Before", "Match", "After");
        }

        void set(List<SearchHit> rows) {
            replaceRows(rows);
        }

        @Override
        protected Object value(SearchHit hit, int column) {
            return switch (column) {
                case 0 -> hit.title();
                case 1 -> hit.before();
                case 2 -> hit.match();
                default -> hit.after();
            };
        }
    }

    /**
     * Context cut at the side away from the match: the text before the match keeps its end (right-aligned),
     * the text after keeps its start. The whole line is the tooltip.
     */
    private static final class ContextRenderer extends DefaultTableCellRenderer {
        private final boolean before;

        ContextRenderer(boolean before) {
            this.before = before;
            setHorizontalAlignment(before ? SwingConstants.RIGHT : SwingConstants.LEFT);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            String text = value == null ? "" : value.toString();
            int width = table.getColumnModel().getColumn(column).getWidth() - 8;
            FontMetrics fm = getFontMetrics(getFont());
            if (before && fm.stringWidth(text) > width) {
                int from = 0;
                while (from < text.length() && fm.stringWidth("…" + text.substring(from)) > width) {
                    from += Character.isHighSurrogate(text.charAt(from)) ? 2 : 1;
                }
                text = "…" + text.substring(Math.min(from, text.length()));
            }
            setText(text);
            HitTableModel model = (HitTableModel) table.getModel();
            SearchHit hit = model.row(table.convertRowIndexToModel(row));
            setToolTipText(hit.before() + hit.match() + hit.after());
            return this;
        }
    }

    private static final class MatchRenderer extends DefaultTableCellRenderer {
        MatchRenderer() {
            setHorizontalAlignment(SwingConstants.CENTER);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            setFont(getFont().deriveFont(Font.BOLD));
            return this;
        }
    }
}
