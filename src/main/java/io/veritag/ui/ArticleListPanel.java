package io.veritag.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.veritag.model.ArticleStatus;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.MouseEvent;
import java.awt.event.MouseMotionAdapter;
import io.veritag.ui.kit.TruncationTips;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.event.RowSorterEvent;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;
import javax.swing.table.TableRowSorter;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Left side: filter box, the article list (title, source when any article has one, my status, my span count,
 * on a team server how many others have marked it done, how alike its closest near-duplicate is when some article
 * has one; sorted by a click on a column header) and the progress.
 */
final class ArticleListPanel extends JPanel {
    static final String ALIKE_HEADER_TIP = "How alike each article's closest near-duplicate is (its shared word shingles);"
            + " point at a cell for which article";
    /** The table's client property naming the filter text whose rows it shows (for benchmarks and tests to wait on). */
    static final String FILTER_SHOWN = "articleList.filterShown";
    private final LabelingModel model;
    private final ArticleTableModel tableModel = new ArticleTableModel();
    private final JTable table = new JTable(tableModel);
    private final JTextField filter = new JTextField();
    private final JLabel progress = new JLabel(" ");
    private final LongConsumer opener;
    private final TableRowSorter<ArticleTableModel> sorter = new TableRowSorter<>(tableModel);
    private final TableColumn sourceColumn;
    private final TableColumn othersDoneColumn;
    private final TableColumn alikeColumn;
    private boolean updating;

    ArticleListPanel(LabelingModel model, LongConsumer opener) {
        super(new BorderLayout(0, 6));
        this.model = model;
        this.opener = opener;
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 4));

        filter.setName("articleFilter");
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Filter articles");
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });

        table.setName("articleTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(200);
        table.getColumnModel().getColumn(1).setPreferredWidth(70);
        sourceColumn = table.getColumnModel().getColumn(1);
        othersDoneColumn = table.getColumnModel().getColumn(ArticleTableModel.OTHERS_DONE);
        alikeColumn = table.getColumnModel().getColumn(ArticleTableModel.ALIKE);
        alikeColumn.setCellRenderer(new AlikeRenderer());
        table.setRowSorter(sorter);
        sorter.setComparator(2, Comparator.comparing(StatusText::rank));
        keepWhole(2, false, StatusText.of(ArticleStatus.TODO), StatusText.of(ArticleStatus.IN_PROGRESS),
                StatusText.of(ArticleStatus.DONE));
        keepWhole(3, true, 9999);
        keepWhole(ArticleTableModel.OTHERS_DONE, true, 99);
        keepWhole(ArticleTableModel.ALIKE, true, 100);
        table.getColumnModel().removeColumn(othersDoneColumn); // shown once a team server reports others' progress
        table.getColumnModel().removeColumn(alikeColumn); // shown once some article has a near-duplicate
        sorter.addRowSorterListener(e -> {
            if (e.getType() == RowSorterEvent.Type.SORTED) {
                model.setViewOrder(viewOrder());
            }
        });
        TruncationTips.install(table);
        TruncationTips.install(progress);
        JTableHeader header = table.getTableHeader();
        header.addMouseMotionListener(new MouseMotionAdapter() { // after TruncationTips' listener, which it overrides
            @Override
            public void mouseMoved(MouseEvent e) {
                int column = header.columnAtPoint(e.getPoint());
                if (column >= 0 && table.getColumnModel().getColumn(column) == alikeColumn) {
                    header.setToolTipText(ALIKE_HEADER_TIP);
                }
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && !updating && row >= 0) {
                long id = tableModel.row(table.convertRowIndexToModel(row)).id();
                if (model.article().map(a -> a.id() != id).orElse(true)) {
                    opener.accept(id);
                }
            }
        });

        progress.setName("progressLabel");
        progress.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");

        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(400, 300));
        add(filter, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        add(progress, BorderLayout.SOUTH);

        model.addListener(aspect -> {
            if (aspect == LabelingModel.Aspect.ARTICLES) {
                refresh();
            } else if (aspect == LabelingModel.Aspect.ARTICLE) {
                selectOpenArticle();
            }
        });
        refresh();
    }

    /** The model refilters (and the list refreshes) only when the words changed; either way the field's text is shown. */
    private void applyFilter() {
        model.setFilter(filter.getText());
        table.putClientProperty(FILTER_SHOWN, filter.getText());
    }

    JTextField filterField() {
        return filter;
    }

    JTable table() {
        return table;
    }

    private void refresh() {
        updating = true;
        try {
            model.othersDone().ifPresent(tableModel::setOthersDone);
            tableModel.setRows(model.visibleRows());
            showOthersDoneColumn(model.othersDone().isPresent());
            showAlikeColumn(model.visibleRows().stream().anyMatch(r -> r.alike() != null));
            if (!model.visibleRows().isEmpty()) { // before the list is read, the columns stay as they were laid out
                showSourceColumn(model.visibleRows().stream().anyMatch(r -> r.source() != null && !r.source().isBlank()));
            }
        } finally {
            updating = false;
        }
        model.setViewOrder(viewOrder());
        selectOpenArticle();
        table.putClientProperty(FILTER_SHOWN, filter.getText());
        int shown = model.visibleRows().size();
        String text = model.progress().text();
        if (shown != model.articleCount()) {
            text += "   (" + shown + " shown)";
        }
        progress.setText(text);
    }

    /** The Source column only when some article listed has a source: an empty column is noise. */
    private void showSourceColumn(boolean show) {
        showColumn(sourceColumn, show, 1);
    }

    /** How alike each article's closest near-duplicate is, as the last column, only when some article has one. */
    private void showAlikeColumn(boolean show) {
        showColumn(alikeColumn, show, -1);
    }

    /** On a team server, how many others have marked each article done, as the last column (never hidden again). */
    private void showOthersDoneColumn(boolean show) {
        if (show) {
            showColumn(othersDoneColumn, true, -1);
        }
    }

    /** Adds {@code column} at {@code position} (-1: last) or removes it, when it is not so already. */
    private void showColumn(TableColumn column, boolean show, int position) {
        TableColumnModel columns = table.getColumnModel();
        boolean shown = false;
        for (int i = 0; i < columns.getColumnCount(); i++) {
            shown |= columns.getColumn(i) == column;
        }
        if (show && !shown) {
            columns.addColumn(column);
            if (position >= 0) {
                columns.moveColumn(columns.getColumnCount() - 1, position);
            }
        } else if (!show && shown) {
            columns.removeColumn(column);
        }
    }

    /**
     * Makes a short column at least as wide as its name with a sort arrow and its widest value, in the fonts of
     * the UI scale (fixed pixel widths cut "Spans" to "Sp…" beside the near-duplicate column); a {@code narrow}
     * column stays that wide and leaves the rest to the title. Call while every column is in the column model.
     */
    private void keepWhole(int column, boolean narrow, Object... widestValues) {
        TableColumn tableColumn = table.getColumnModel().getColumn(column);
        List<? extends RowSorter.SortKey> keys = sorter.getSortKeys();
        sorter.setSortKeys(List.of(new RowSorter.SortKey(column, SortOrder.ASCENDING))); // the arrow takes room too
        int wanted = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                tableColumn.getHeaderValue(), false, false, -1, column).getPreferredSize().width;
        sorter.setSortKeys(keys);
        TableCellRenderer cells = tableColumn.getCellRenderer() != null ? tableColumn.getCellRenderer()
                : table.getDefaultRenderer(tableModel.getColumnClass(column));
        for (Object value : widestValues) {
            wanted = Math.max(wanted, cells.getTableCellRendererComponent(table, value, false, false, 0, column)
                    .getPreferredSize().width);
        }
        wanted += table.getColumnModel().getColumnMargin() + UIScale.scale(4);
        tableColumn.setMinWidth(wanted);
        tableColumn.setPreferredWidth(wanted);
        if (narrow) {
            tableColumn.setMaxWidth(wanted + UIScale.scale(12));
        }
    }

    /** The Alike cell: {@code ≈ 91 %}; the tooltip names the other article (as text: InertText). */
    private final class AlikeRenderer extends DefaultTableCellRenderer {
        AlikeRenderer() {
            setHorizontalAlignment(TRAILING);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, ArticleTableModel.alikeText(value), selected, focused, row, column);
            setToolTipText(value != null && row >= 0 && row < t.getRowCount()
                    ? tableModel.alikeTip(t.convertRowIndexToModel(row)) : null);
            return this;
        }
    }

    /** The listed articles' ids in the order the table shows them when sorted by a column; null when shown as loaded. */
    private List<Long> viewOrder() {
        if (sorter.getSortKeys().isEmpty()) {
            return null; // the model's own order: no list of 100,000 ids to build on every change
        }
        List<Long> ids = new ArrayList<>(table.getRowCount());
        for (int i = 0; i < table.getRowCount(); i++) {
            ids.add(tableModel.row(table.convertRowIndexToModel(i)).id());
        }
        return ids;
    }

    private void selectOpenArticle() {
        updating = true;
        try {
            TableSelection.selectAndReveal(table, model.article().map(a -> tableModel.indexOf(a.id())).orElse(-1));
        } finally {
            updating = false;
        }
    }
}
