package io.veritag.ui;

import io.veritag.model.Span;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** My spans in the open article: label, text (shortened), note. */
final class SpanTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"Label", "Text", "Note"};
    private static final int MAX_TEXT = 120;
    private List<Span> spans = List.of();
    private String text = "";

    void setSpans(List<Span> newSpans, String articleText) {
        spans = newSpans;
        text = articleText;
        fireTableDataChanged();
    }

    Span span(int row) {
        return spans.get(row);
    }

    int indexOf(long spanId) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).id() == spanId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return spans.size();
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
    public Object getValueAt(int row, int column) {
        Span s = spans.get(row);
        return switch (column) {
            case 0 -> s.label();
            case 1 -> shorten(s.end() <= text.length() ? s.textIn(text) : "");
            default -> s.note() == null ? "" : s.note();
        };
    }

    static String shorten(String spanText) {
        String oneLine = spanText.replace('\n', ' ');
        if (oneLine.length() <= MAX_TEXT) {
            return oneLine;
        }
        int cut = MAX_TEXT;
        if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut) + "…";
    }
}
