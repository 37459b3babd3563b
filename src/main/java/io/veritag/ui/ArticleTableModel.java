package io.veritag.ui;

import io.veritag.ui.kit.RowTableModel;
import io.veritag.service.ArticleRow;
import java.util.List;
import java.util.Map;

/**
 * The article list as a table: title, source, my status, my span count, on a team server others' done count, and
 * the stored article each one most nearly duplicates.
 */
final class ArticleTableModel extends RowTableModel<ArticleRow> {
    static final int OTHERS_DONE = 4;
    static final int ALIKE = 5;
    private Map<Long, Integer> othersDone = Map.of();

    ArticleTableModel() {
        super("Title", "Source", "Status", "Spans", "Others done", "Near-duplicate of");
    }

    /** Others' done counts by article id; the rows are set right after, which repaints them. */
    void setOthersDone(Map<Long, Integer> counts) {
        othersDone = counts;
    }

    void setRows(List<ArticleRow> newRows) {
        replaceRows(newRows);
    }

    int indexOf(long articleId) {
        return indexWhere(row -> row.id() == articleId);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 3 || column == OTHERS_DONE ? Integer.class : String.class;
    }

    @Override
    protected Object value(ArticleRow r, int column) {
        return switch (column) {
            case 0 -> r.title();
            case 1 -> r.source() == null ? "" : r.source();
            case 2 -> StatusText.of(r.status());
            case 3 -> r.spanCount();
            case OTHERS_DONE -> othersDone.getOrDefault(r.id(), 0);
            default -> r.alike() == null ? "" : r.alike().externalId() + " (" + r.alike().percent() + " %)";
        };
    }
}
