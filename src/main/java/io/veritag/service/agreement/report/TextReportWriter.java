package io.veritag.service.agreement.report;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.ConfusionMatrix;
import io.veritag.agreement.LinkScores;
import io.veritag.agreement.PairedCategories;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.Score;
import io.veritag.agreement.SpanScores;
import io.veritag.agreement.TokenLevel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** The report for a terminal: headline numbers with what they mean, pairs, labels, articles worst first. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(AgreementReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        TokenLevel t = report.tokenLevel();
        out.printf("Agreement of %s on %d articles (%d tokens)%n%n", String.join(", ", report.annotators()),
                report.articles(), report.tokens());
        out.println("Headline");
        line(out, "Percent agreement", t.percentAgreement(), Explanations.PERCENT);
        line(out, "Cohen's kappa (mean)", t.cohenKappaMeanPairwise(), Explanations.COHEN);
        line(out, "Fleiss' kappa", t.fleissKappa(), Explanations.FLEISS);
        line(out, "Krippendorff's alpha", t.krippendorffAlphaNominal(), Explanations.ALPHA);
        line(out, "alpha_u (overall)", report.unitizing().alphaUOverall(), Explanations.ALPHA_U);
        out.println();

        out.println("Pairs (tokens)");
        for (String pair : t.percentAgreementPairs().keySet()) {
            out.printf("  %-30s percent %s   kappa %s%n", pair, t.percentAgreementPairs().get(pair).format(4),
                    t.cohenKappaPairs().get(pair).format(4));
        }
        out.println();
        for (Map.Entry<String, ConfusionMatrix> e : t.confusion().entrySet()) {
            String[] names = e.getKey().split("\\|", 2);
            out.printf("Confusion %s (rows) by %s (columns)%n", names[0], names[1]);
            ConfusionMatrix m = e.getValue();
            out.printf("  %-12s", "");
            for (String c : m.categories()) {
                out.printf(" %11s", c);
            }
            out.println();
            for (int row = 0; row < m.categories().size(); row++) {
                out.printf("  %-12s", m.categories().get(row));
                for (int column = 0; column < m.categories().size(); column++) {
                    out.printf(" %11d", m.count(row, column));
                }
                out.println();
            }
            out.println();
        }

        out.println("alpha_u per label");
        for (Map.Entry<String, Score> e : report.unitizing().alphaUPerLabel().entrySet()) {
            out.printf("  %-14s %s%n", e.getKey(), e.getValue().format(4));
        }
        out.println();

        out.println("Spans (reference -> compared: precision / recall / F1)");
        out.println("  " + Explanations.SPAN_EXACT);
        out.println("  " + Explanations.SPAN_OVERLAP);
        for (Map.Entry<String, SpanScores> e : report.spanLevel().entrySet()) {
            SpanScores s = e.getValue();
            out.println("  " + e.getKey());
            prf(out, "exact", s.exact());
            prf(out, "exact, unlabeled", s.exactUnlabeled());
            prf(out, "overlap", s.overlap());
            prf(out, "overlap, unlabeled", s.overlapUnlabeled());
            for (Map.Entry<String, SpanScores.LabelScores> l : s.perLabel().entrySet()) {
                prf(out, l.getKey() + " exact", l.getValue().exact());
                prf(out, l.getKey() + " overlap", l.getValue().overlap());
            }
        }
        out.println();

        if (!report.linkLevel().isEmpty()) {
            out.println("Links (reference -> compared: precision / recall / F1, on matched span pairs)");
            out.println("  " + Explanations.LINKS);
            for (Map.Entry<String, LinkScores> e : report.linkLevel().entrySet()) {
                out.println("  " + e.getKey());
                matched(out, "exact", e.getValue().exact());
                matched(out, "overlap", e.getValue().overlap());
            }
            out.println();
        }

        out.println("Articles, worst agreement first (alpha_u, then token alpha)");
        List<ArticleAgreement> articles = report.perArticle().stream().sorted(ArticleAgreement.WORST_FIRST).toList();
        for (ArticleAgreement a : articles) {
            out.printf("  #%-6d %s%n          alpha_u %s; alpha %s%n", a.articleId(), a.title(),
                    a.unitizing().alphaUOverall().format(4), a.tokenLevel().krippendorffAlphaNominal().format(4));
        }
        out.flush();
    }

    private static void matched(PrintWriter out, String matching, LinkScores.Matched m) {
        prf(out, "links, " + matching, m.links());
        for (Map.Entry<String, PrecisionRecall> t : m.perType().entrySet()) {
            prf(out, t.getKey() + " " + matching, t.getValue());
        }
        categories(out, "source types, " + matching, m.sourceTypes());
        categories(out, "unsure, " + matching, m.unsure());
    }

    private static void categories(PrintWriter out, String name, PairedCategories c) {
        out.printf("    %-24s %d of %d pairs agree: percent %s; kappa %s%n", name, c.agreeing(), c.compared(),
                c.percentAgreement().format(4), c.cohenKappa().format(4));
    }

    private static void line(PrintWriter out, String name, Score score, String explanation) {
        out.printf("  %-22s %s%n      %s%n", name, score.format(4), explanation);
    }

    private static void prf(PrintWriter out, String name, PrecisionRecall prf) {
        out.printf("    %-24s P %s; R %s; F1 %s%n", name, prf.precision().format(4), prf.recall().format(4), prf.f1().format(4));
    }
}
