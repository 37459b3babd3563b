package io.veritag.ui;

import io.veritag.ui.kit.RowTableModel;
import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.List;

/** My spans in the open article: label, text (shortened), note, and their links and flags. */
final class SpanTableModel extends RowTableModel<Span> {
    private static final int MAX_TEXT = 120;
    private String text = "";
    private SpanLinks links = SpanLinks.NONE;

    SpanTableModel() {
        super("Label", "Text", "Note", "Links and flags");
    }

    void setSpans(List<Span> newSpans, String articleText) {
        setSpans(newSpans, List.of(), articleText);
    }

    void setSpans(List<Span> newSpans, List<Link> newLinks, String articleText) {
        text = articleText;
        links = new SpanLinks(newSpans, newLinks);
        replaceRows(newSpans);
    }

    Span span(int row) {
        return row(row);
    }

    int indexOf(long spanId) {
        return indexWhere(span -> span.id() == spanId);
    }

    @Override
    protected Object value(Span s, int column) {
        return switch (column) {
            case 0 -> s.label();
            case 1 -> shorten(s.end() <= text.length() ? s.textIn(text) : "");
            case 2 -> s.note() == null ? "" : s.note();
            default -> links.describe(s, text);
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
