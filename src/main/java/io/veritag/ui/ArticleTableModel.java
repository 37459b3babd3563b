package io.veritag.ui;

import io.veritag.ui.kit.RowTableModel;
import io.veritag.service.ArticleRow;
import java.util.List;

/** The article list as a table: title, source, my status, my span count. */
final class ArticleTableModel extends RowTableModel<ArticleRow> {
    ArticleTableModel() {
        super("Title", "Source", "Status", "Spans");
    }

    void setRows(List<ArticleRow> newRows) {
        replaceRows(newRows);
    }

    int indexOf(long articleId) {
        return indexWhere(row -> row.id() == articleId);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 3 ? Integer.class : String.class;
    }

    @Override
    protected Object value(ArticleRow r, int column) {
        return switch (column) {
            case 0 -> r.title();
            case 1 -> r.source() == null ? "" : r.source();
            case 2 -> StatusText.of(r.status());
            default -> r.spanCount();
        };
    }
}
