package io.veritag.ui.agreement;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.ConfusionMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which articles a click leads to, and in what order. No Swing: tested on its own. */
final class DisputeEntries {
    private DisputeEntries() {
    }

    /** Every article, worst agreement first, captioned with its alpha_u. */
    static List<DisputeDialog.Entry> allArticles(AgreementReport report) {
        return report.perArticle().stream().sorted(ArticleAgreement.WORST_FIRST)
                .map(a -> new DisputeDialog.Entry(a.articleId(), "#" + a.articleId() + "  α_u " + caption(a.unitizing().alphaUOverall())
                        + "  " + a.title()))
                .toList();
    }

    private static String caption(io.veritag.agreement.Score score) {
        return score.isDefined() ? ScoreFormat.brief(score) : "undefined (" + score.undefinedReason() + ")";
    }

    /** Articles where the pair gave some token different categories, most such tokens first. */
    static List<DisputeDialog.Entry> forPair(AgreementReport report, AnnotatorPair pair) {
        return ranked(report, pair, -1, -1, "tokens disputed");
    }

    /** Articles with tokens the first annotator put in {@code row} and the second in {@code column}, most first. */
    static List<DisputeDialog.Entry> forCell(AgreementReport report, AnnotatorPair pair, int row, int column) {
        return ranked(report, pair, row, column, "such tokens");
    }

    private static List<DisputeDialog.Entry> ranked(AgreementReport report, AnnotatorPair pair, int row, int column, String what) {
        record Counted(ArticleAgreement article, long count) {
        }
        List<Counted> counted = new ArrayList<>();
        for (ArticleAgreement a : report.perArticle()) {
            ConfusionMatrix m = a.tokenLevel().confusion().get(pair.key());
            long count = row < 0 ? m.disagreements() : m.count(row, column);
            if (count > 0) {
                counted.add(new Counted(a, count));
            }
        }
        counted.sort(Comparator.comparingLong(Counted::count).reversed().thenComparingLong(c -> c.article().articleId()));
        return counted.stream().map(c -> new DisputeDialog.Entry(c.article().articleId(),
                "#" + c.article().articleId() + "  " + c.count() + " " + what + "  " + c.article().title())).toList();
    }
}
