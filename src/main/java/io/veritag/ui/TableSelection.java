package io.veritag.ui;

import javax.swing.JTable;

/** Shows one row of a list table as selected. */
final class TableSelection {
    private TableSelection() {
    }

    /** Selects the row (a model index) and scrolls it into view; a negative index clears the selection. */
    static void selectAndReveal(JTable table, int modelRow) {
        int row = modelRow >= 0 && modelRow < table.getModel().getRowCount() ? table.convertRowIndexToView(modelRow) : -1;
        if (row >= 0) {
            table.setRowSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        } else {
            table.clearSelection();
        }
    }
}
