package io.veritag.ui.agreement;

import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** One row per article, worst agreement first; measure columns hold {@link Score}s (undefined sorts last). */
final class ArticleAgreementTableModel extends AbstractTableModel {
    static final int ID = 0;
    static final int TITLE = 1;
    static final int TOKENS = 2;
    static final int ALPHA_U = 3;
    static final int ALPHA = 4;
    static final int KAPPA = 5;
    static final int PERCENT = 6;
    static final int EXACT_F1 = 7;
    private static final String[] COLUMNS = {"Id", "Title", "Tokens", "alpha_u", "Krippendorff's α", "Cohen's κ (mean)",
            "Percent", "Exact span F1 (mean)"};

    private List<ArticleAgreement> rows = List.of();

    void show(List<ArticleAgreement> articles) {
        rows = articles.stream().sorted(ArticleAgreement.WORST_FIRST).toList();
        fireTableDataChanged();
    }

    ArticleAgreement row(int modelRow) {
        return rows.get(modelRow);
    }

    List<ArticleAgreement> rows() {
        return rows;
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
        return switch (column) {
            case ID, TOKENS -> Long.class;
            case TITLE -> String.class;
            default -> Score.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        ArticleAgreement a = rows.get(row);
        return switch (column) {
            case ID -> a.articleId();
            case TITLE -> a.title();
            case TOKENS -> a.tokenLevel().tokens();
            case ALPHA_U -> a.unitizing().alphaUOverall();
            case ALPHA -> a.tokenLevel().krippendorffAlphaNominal();
            case KAPPA -> a.tokenLevel().cohenKappaMeanPairwise();
            case PERCENT -> a.tokenLevel().percentAgreement();
            case EXACT_F1 -> {
                List<Score> f1 = new ArrayList<>();
                for (SpanScores s : a.spanLevel().values()) {
                    f1.add(s.exact().f1());
                }
                yield ScoreFormat.mean(f1, "exact F1");
            }
            default -> throw new IllegalArgumentException("column " + column);
        };
    }
}
