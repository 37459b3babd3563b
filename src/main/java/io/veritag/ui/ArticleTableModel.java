package io.veritag.ui;

import io.veritag.service.ArticleRow;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The article list as a table: title, source, my status, my span count. */
final class ArticleTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"Title", "Source", "Status", "Spans"};
    private List<ArticleRow> rows = List.of();

    void setRows(List<ArticleRow> newRows) {
        rows = newRows;
        fireTableDataChanged();
    }

    ArticleRow row(int index) {
        return rows.get(index);
    }

    int indexOf(long articleId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == articleId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 3 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        ArticleRow r = rows.get(rowIndex);
        return switch (column) {
            case 0 -> r.title();
            case 1 -> r.source() == null ? "" : r.source();
            case 2 -> StatusText.of(r.status());
            default -> r.spanCount();
        };
    }
}
