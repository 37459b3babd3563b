package io.veritag.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Dimension;
import io.veritag.ui.kit.TruncationTips;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.event.RowSorterEvent;
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
 * on a team server how many others have marked it done; sorted by a click on a column header) and the progress.
 */
final class ArticleListPanel extends JPanel {
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
                model.setFilter(filter.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                model.setFilter(filter.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                model.setFilter(filter.getText());
            }
        });

        table.setName("articleTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(200);
        table.getColumnModel().getColumn(1).setPreferredWidth(70);
        table.getColumnModel().getColumn(2).setPreferredWidth(95);
        table.getColumnModel().getColumn(2).setMinWidth(95);
        table.getColumnModel().getColumn(3).setPreferredWidth(50);
        table.getColumnModel().getColumn(3).setMaxWidth(60);
        sourceColumn = table.getColumnModel().getColumn(1);
        othersDoneColumn = table.getColumnModel().getColumn(ArticleTableModel.OTHERS_DONE);
        othersDoneColumn.setPreferredWidth(50);
        othersDoneColumn.setMaxWidth(90);
        alikeColumn = table.getColumnModel().getColumn(ArticleTableModel.ALIKE);
        alikeColumn.setPreferredWidth(120);
        table.getColumnModel().removeColumn(othersDoneColumn); // shown once a team server reports others' progress
        table.getColumnModel().removeColumn(alikeColumn); // shown once some article has a near-duplicate
        table.setRowSorter(sorter);
        sorter.setComparator(2, Comparator.comparing(StatusText::rank));
        sorter.addRowSorterListener(e -> {
            if (e.getType() == RowSorterEvent.Type.SORTED) {
                model.setViewOrder(viewOrder());
            }
        });
        TruncationTips.install(table);
        TruncationTips.install(progress);
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
        int shown = model.visibleRows().size();
        String text = model.progress().text();
        if (shown != model.articleCount()) {
            text += "   (" + shown + " shown)";
        }
        progress.setText(text);
    }

    /** The Source column only when some article listed has a source: an empty column is noise. */
    private void showSourceColumn(boolean show) {
        TableColumnModel columns = table.getColumnModel();
        boolean shown = false;
        for (int i = 0; i < columns.getColumnCount(); i++) {
            shown |= columns.getColumn(i) == sourceColumn;
        }
        if (show && !shown) {
            columns.addColumn(sourceColumn);
            columns.moveColumn(columns.getColumnCount() - 1, 1);
        } else if (!show && shown) {
            columns.removeColumn(sourceColumn);
        }
    }

    /** Which stored article each one most nearly duplicates, as the last column, only when some article has one. */
    private void showAlikeColumn(boolean show) {
        TableColumnModel columns = table.getColumnModel();
        boolean shown = false;
        for (int i = 0; i < columns.getColumnCount(); i++) {
            shown |= columns.getColumn(i) == alikeColumn;
        }
        if (show && !shown) {
            columns.addColumn(alikeColumn);
        } else if (!show && shown) {
            columns.removeColumn(alikeColumn);
        }
    }

    /** On a team server, how many others have marked each article done, as the last column. */
    private void showOthersDoneColumn(boolean show) {
        TableColumnModel columns = table.getColumnModel();
        boolean shown = false;
        for (int i = 0; i < columns.getColumnCount(); i++) {
            shown |= columns.getColumn(i) == othersDoneColumn;
        }
        if (show && !shown) {
            columns.addColumn(othersDoneColumn);
        }
    }

    /** The listed articles' ids in the order the table shows them (sorted by a column, or as loaded). */
    private List<Long> viewOrder() {
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
