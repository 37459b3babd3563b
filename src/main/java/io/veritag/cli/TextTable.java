package io.veritag.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned table for terminal output; long cells are cut with an ellipsis. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int maxCell;

    TextTable(int maxCell, String... header) {
        this.maxCell = maxCell;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i].toString().replace('\n', ' ');
            row[i] = cell.codePointCount(0, cell.length()) > maxCell
                    ? cell.substring(0, cell.offsetByCodePoints(0, maxCell - 1)) + "…" : cell;
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
