package io.veritag.ui.kit;

import java.util.List;
import java.util.function.Predicate;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table over a list of rows: subclasses name the columns and say what each cell shows.
 *
 * @param <T> one row
 */
public abstract class RowTableModel<T> extends AbstractTableModel {
    private final String[] columns;
    private List<T> rows = List.of();

    protected RowTableModel(String... columns) {
        this.columns = columns.clone();
    }

    /** What the cell of {@code row} in {@code column} shows. */
    protected abstract Object value(T row, int column);

    /** Shows these rows instead of the current ones. */
    protected void replaceRows(List<T> newRows) {
        rows = newRows;
        fireTableDataChanged();
    }

    public T row(int index) {
        return rows.get(index);
    }

    public List<T> rows() {
        return rows;
    }

    /** Index of the first row that passes the test, or -1. */
    protected int indexWhere(Predicate<T> test) {
        for (int i = 0; i < rows.size(); i++) {
            if (test.test(rows.get(i))) {
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
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value(rows.get(row), column);
    }
}
