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
import io.veritag.agreement.Unitizing;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as one long table, one value per row, for spreadsheets: scope (all or article), article id and
 * title, measure, pair ("a|b" or "a->b"), label (or "row|column" categories of a confusion cell), value
 * (empty when undefined) and the reason it is undefined. Link measures (when computed) follow the span
 * measures of the same scope.
 */
public final class CsvReportWriter implements ReportWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    static final String[] HEADER = {"scope", "article_id", "title", "measure", "pair", "label", "value", "undefined_reason"};

    @Override
    public void write(AgreementReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(HEADER).get());
        pooled(csv, report);
        for (ArticleAgreement article : report.perArticle()) {
            article(csv, article);
        }
        csv.flush();
    }

    /** The rows go to a spool file as they come (CSV without a header); the pooled rows and then the spool at the end. */
    @Override
    public StreamingReport streaming(Path spoolFolder) throws IOException {
        SpoolFile spool = new SpoolFile(spoolFolder);
        CSVPrinter rows = new CSVPrinter(new OutputStreamWriter(spool.output(), StandardCharsets.UTF_8), FORMAT);
        return new StreamingReport() {
            @Override
            public void article(ArticleAgreement row) throws IOException {
                CsvReportWriter.article(rows, row);
            }

            @Override
            public void finish(AgreementReport pooled, Writer out) throws IOException {
                rows.flush();
                out.write(head(pooled));
                spool.copyTo(out, 0);
                out.flush();
            }

            @Override
            public void finish(AgreementReport pooled, Path file) throws IOException {
                rows.flush();
                spool.writeFile(file, head(pooled), 0, "");
            }

            @Override
            public void close() throws IOException {
                spool.close();
            }
        };
    }

    /** The header and the pooled rows. */
    private static String head(AgreementReport report) throws IOException {
        StringWriter text = new StringWriter();
        CSVPrinter csv = new CSVPrinter(text, FORMAT.builder().setHeader(HEADER).get());
        pooled(csv, report);
        csv.flush();
        return text.toString();
    }

    private static void pooled(CSVPrinter csv, AgreementReport report) throws IOException {
        Rows all = new Rows(csv, "all", null, null);
        all.count("articles", report.articles());
        all.count("tokens", report.tokens());
        measures(all, report.tokenLevel(), report.unitizing(), report.spanLevel());
        links(all, report.linkLevel());
    }

    private static void article(CSVPrinter csv, ArticleAgreement article) throws IOException {
        Rows rows = new Rows(csv, "article", article.articleId(), article.title());
        rows.count("tokens", article.tokenLevel().tokens());
        measures(rows, article.tokenLevel(), article.unitizing(), article.spanLevel());
        links(rows, article.linkLevel());
    }

    private static void measures(Rows rows, TokenLevel t, Unitizing u, Map<String, SpanScores> spans) throws IOException {
        rows.score("percent_agreement", "", "", t.percentAgreement());
        for (String pair : t.percentAgreementPairs().keySet()) {
            rows.score("percent_agreement_pair", pair, "", t.percentAgreementPairs().get(pair));
            rows.score("cohen_kappa_pair", pair, "", t.cohenKappaPairs().get(pair));
        }
        rows.score("cohen_kappa_mean_pairwise", "", "", t.cohenKappaMeanPairwise());
        rows.score("fleiss_kappa", "", "", t.fleissKappa());
        rows.score("krippendorff_alpha_nominal", "", "", t.krippendorffAlphaNominal());
        for (Map.Entry<String, ConfusionMatrix> e : t.confusion().entrySet()) {
            ConfusionMatrix m = e.getValue();
            for (int r = 0; r < m.categories().size(); r++) {
                for (int c = 0; c < m.categories().size(); c++) {
                    rows.raw("confusion", e.getKey(), m.categories().get(r) + "|" + m.categories().get(c),
                            Long.toString(m.count(r, c)), "");
                }
            }
        }
        rows.score("alpha_u_overall", "", "", u.alphaUOverall());
        for (Map.Entry<String, Score> e : u.alphaUPerLabel().entrySet()) {
            rows.score("alpha_u_label", "", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, SpanScores> e : spans.entrySet()) {
            SpanScores s = e.getValue();
            rows.prf("span_exact", e.getKey(), "", s.exact());
            rows.prf("span_exact_unlabeled", e.getKey(), "", s.exactUnlabeled());
            rows.prf("span_overlap", e.getKey(), "", s.overlap());
            rows.prf("span_overlap_unlabeled", e.getKey(), "", s.overlapUnlabeled());
            for (Map.Entry<String, SpanScores.LabelScores> l : s.perLabel().entrySet()) {
                rows.prf("span_exact", e.getKey(), l.getKey(), l.getValue().exact());
                rows.prf("span_overlap", e.getKey(), l.getKey(), l.getValue().overlap());
            }
        }
    }

    /**
     * Link measures per ordered pair "a->b" and way of matching spans (exact, overlap): link_exact_precision …
     * (label empty: all link types; a link type: that type), then source_type_exact_compared, _agreeing,
     * _percent_agreement, _cohen_kappa, and the same for unsure. None when the report has no link measures.
     */
    private static void links(Rows rows, Map<String, LinkScores> links) throws IOException {
        for (Map.Entry<String, LinkScores> e : links.entrySet()) {
            matched(rows, "exact", e.getKey(), e.getValue().exact());
            matched(rows, "overlap", e.getKey(), e.getValue().overlap());
        }
    }

    private static void matched(Rows rows, String matching, String pair, LinkScores.Matched m) throws IOException {
        rows.prf("link_" + matching, pair, "", m.links());
        for (Map.Entry<String, PrecisionRecall> t : m.perType().entrySet()) {
            rows.prf("link_" + matching, pair, t.getKey(), t.getValue());
        }
        rows.categories("source_type_" + matching, pair, m.sourceTypes());
        rows.categories("unsure_" + matching, pair, m.unsure());
    }

    private record Rows(CSVPrinter csv, String scope, Long articleId, String title) {
        void count(String measure, long value) throws IOException {
            raw(measure, "", "", Long.toString(value), "");
        }

        void score(String measure, String pair, String label, Score score) throws IOException {
            raw(measure, pair, label, score.isDefined() ? Double.toString(score.value()) : "",
                    score.isDefined() ? "" : score.undefinedReason());
        }

        void prf(String measure, String pair, String label, PrecisionRecall prf) throws IOException {
            score(measure + "_precision", pair, label, prf.precision());
            score(measure + "_recall", pair, label, prf.recall());
            score(measure + "_f1", pair, label, prf.f1());
        }

        void categories(String measure, String pair, PairedCategories c) throws IOException {
            raw(measure + "_compared", pair, "", Long.toString(c.compared()), "");
            raw(measure + "_agreeing", pair, "", Long.toString(c.agreeing()), "");
            score(measure + "_percent_agreement", pair, "", c.percentAgreement());
            score(measure + "_cohen_kappa", pair, "", c.cohenKappa());
        }

        void raw(String measure, String pair, String label, String value, String reason) throws IOException {
            csv.printRecord(scope, articleId == null ? "" : articleId, title == null ? "" : title, measure, pair, label,
                    value, reason);
        }
    }
}
