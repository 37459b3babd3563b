package io.veritag.ui.agreement;

import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import java.util.ArrayList;
import java.util.List;
import io.veritag.ui.kit.RowTableModel;

/** One row per article, worst agreement first; measure columns hold {@link Score}s (undefined sorts last). */
final class ArticleAgreementTableModel extends RowTableModel<ArticleAgreement> {
    static final int ID = 0;
    static final int TITLE = 1;
    static final int TOKENS = 2;
    static final int ALPHA_U = 3;
    static final int ALPHA = 4;
    static final int KAPPA = 5;
    static final int PERCENT = 6;
    static final int EXACT_F1 = 7;
    ArticleAgreementTableModel() {
        super("Id", "Title", "Tokens", "alpha_u", "Krippendorff's α", "Cohen's κ (mean)", "Percent", "Exact span F1 (mean)");
    }

    void show(List<ArticleAgreement> articles) {
        replaceRows(articles.stream().sorted(ArticleAgreement.WORST_FIRST).toList());
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
    protected Object value(ArticleAgreement a, int column) {
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
