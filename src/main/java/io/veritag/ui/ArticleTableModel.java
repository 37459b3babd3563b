package io.veritag.ui;

import io.veritag.ui.kit.RowTableModel;
import io.veritag.service.ArticleRow;
import java.util.List;
import java.util.Map;

/**
 * The article list as a table: title, source, my status, my span count, on a team server others' done count, and
 * how alike the stored article each one most nearly duplicates is (a percentage; which article is in the cell's
 * tooltip, {@link #alikeTip}).
 */
final class ArticleTableModel extends RowTableModel<ArticleRow> {
    static final int OTHERS_DONE = 4;
    static final int ALIKE = 5;
    private Map<Long, Integer> othersDone = Map.of();
    private Map<Long, Integer> index;

    ArticleTableModel() {
        super("Title", "Source", "Status", "Spans", "Others done", "Alike");
    }

    /** Others' done counts by article id; the rows are set right after, which repaints them. */
    void setOthersDone(Map<Long, Integer> counts) {
        othersDone = counts;
    }

    void setRows(List<ArticleRow> newRows) {
        index = null;
        replaceRows(newRows);
    }

    /** The row of that article, or -1: by a map made at the first look-up after the rows changed, not a scan. */
    int indexOf(long articleId) {
        if (index == null) {
            index = new java.util.HashMap<>(getRowCount() * 4 / 3 + 1);
            for (int i = 0; i < getRowCount(); i++) {
                index.putIfAbsent(row(i).id(), i);
            }
        }
        return index.getOrDefault(articleId, -1);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 3 || column == OTHERS_DONE || column == ALIKE ? Integer.class : String.class;
    }

    @Override
    protected Object value(ArticleRow r, int column) {
        return switch (column) {
            case 0 -> r.title();
            case 1 -> r.source() == null ? "" : r.source();
            case 2 -> StatusText.of(r.status());
            case 3 -> r.spanCount();
            case OTHERS_DONE -> othersDone.getOrDefault(r.id(), 0);
            default -> r.alike() == null ? null : r.alike().percent(); // a number, so that the column sorts by it
        };
    }

    /** The Alike cell as shown: {@code ≈ 91 %}, or empty. */
    static String alikeText(Object percent) {
        return percent == null ? "" : "\u2248 " + percent + " %";
    }

    /**
     * Which article the row's article nearly duplicates, for the Alike cell's tooltip, or null. The numbers come
     * first and the data last, so that direction or control characters in an id or title cannot move them; the
     * tooltip shows it as text (InertText), never as HTML.
     */
    String alikeTip(int modelRow) {
        ArticleRow.AlikeArticle alike = row(modelRow).alike();
        if (alike == null) {
            return null;
        }
        return alike.percent() + " % alike: near-duplicate of " + oneLine(alike.externalId()) + " \u00ab"
                + oneLine(alike.title()) + "\u00bb";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
