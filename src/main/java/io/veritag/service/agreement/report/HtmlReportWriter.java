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
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page for sharing: inline CSS, tables and inline SVG charts
 * (pairwise kappa heatmap, alpha_u per label), no scripts, fonts or images from anywhere else.
 */
public final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(AgreementReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        TokenLevel t = report.tokenLevel();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Veritag agreement report</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:72em}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;")
                .append("text-align:right}th{background:#f3f4f6}td.l,th.l{text-align:left}.u{color:#888;font-style:italic}")
                .append(".x{color:#555;font-size:.9em;text-align:left}h2{margin-top:1.6em}</style></head><body>\n");
        h.append("<h1>Inter-annotator agreement</h1>\n<p>").append(esc(String.join(", ", report.annotators())))
                .append(" on ").append(report.articles()).append(" articles (").append(report.tokens()).append(" tokens).</p>\n");

        h.append("<h2>Headline</h2>\n<table><tr><th class=l>Measure</th><th>Value</th><th class=l>What it measures, how to read it</th></tr>\n");
        headline(h, "Percent agreement", t.percentAgreement(), Explanations.PERCENT);
        headline(h, "Cohen's kappa (mean over pairs)", t.cohenKappaMeanPairwise(), Explanations.COHEN);
        headline(h, "Fleiss' kappa", t.fleissKappa(), Explanations.FLEISS);
        headline(h, "Krippendorff's alpha (nominal)", t.krippendorffAlphaNominal(), Explanations.ALPHA);
        headline(h, "alpha_u (overall)", report.unitizing().alphaUOverall(), Explanations.ALPHA_U);
        h.append("</table>\n");

        h.append("<h2>Pairs: Cohen's kappa</h2>\n");
        heatmap(h, report.annotators(), t.cohenKappaPairs());
        h.append("<table><tr><th class=l>Pair</th><th>Percent agreement</th><th>Cohen's kappa</th></tr>\n");
        for (String pair : t.percentAgreementPairs().keySet()) {
            h.append("<tr><td class=l>").append(esc(pair)).append("</td>").append(cell(t.percentAgreementPairs().get(pair)))
                    .append(cell(t.cohenKappaPairs().get(pair))).append("</tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>alpha_u per label</h2>\n");
        bars(h, report.unitizing().alphaUPerLabel());

        h.append("<h2>Confusion matrices (tokens; rows: first annotator, columns: second)</h2>\n");
        for (Map.Entry<String, ConfusionMatrix> e : t.confusion().entrySet()) {
            ConfusionMatrix m = e.getValue();
            h.append("<table><tr><th class=l>").append(esc(e.getKey())).append("</th>");
            for (String c : m.categories()) {
                h.append("<th>").append(esc(c)).append("</th>");
            }
            h.append("</tr>\n");
            for (int r = 0; r < m.categories().size(); r++) {
                h.append("<tr><th class=l>").append(esc(m.categories().get(r))).append("</th>");
                for (int c = 0; c < m.categories().size(); c++) {
                    h.append("<td>").append(m.count(r, c)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Spans (reference &rarr; compared)</h2>\n<p class=x>").append(esc(Explanations.SPAN_EXACT))
                .append("<br>").append(esc(Explanations.SPAN_OVERLAP)).append("</p>\n");
        h.append("<table><tr><th class=l>Pair</th><th class=l>Matching</th><th>Precision</th><th>Recall</th><th>F1</th></tr>\n");
        for (Map.Entry<String, SpanScores> e : report.spanLevel().entrySet()) {
            SpanScores s = e.getValue();
            prf(h, e.getKey(), "exact", s.exact());
            prf(h, e.getKey(), "exact, unlabeled", s.exactUnlabeled());
            prf(h, e.getKey(), "overlap", s.overlap());
            prf(h, e.getKey(), "overlap, unlabeled", s.overlapUnlabeled());
            for (Map.Entry<String, SpanScores.LabelScores> l : s.perLabel().entrySet()) {
                prf(h, e.getKey(), l.getKey() + " exact", l.getValue().exact());
                prf(h, e.getKey(), l.getKey() + " overlap", l.getValue().overlap());
            }
        }
        h.append("</table>\n");

        links(h, report.linkLevel());

        h.append("<h2>Articles, worst agreement first</h2>\n<table><tr><th>Id</th><th class=l>Title</th><th>Tokens</th>")
                .append("<th>alpha_u</th><th>Krippendorff's alpha</th><th>Cohen's kappa (mean)</th><th>Percent</th></tr>\n");
        List<ArticleAgreement> articles = report.perArticle().stream().sorted(ArticleAgreement.WORST_FIRST).toList();
        for (ArticleAgreement a : articles) {
            h.append("<tr><td>").append(a.articleId()).append("</td><td class=l>").append(esc(a.title())).append("</td><td>")
                    .append(a.tokenLevel().tokens()).append("</td>").append(cell(a.unitizing().alphaUOverall()))
                    .append(cell(a.tokenLevel().krippendorffAlphaNominal())).append(cell(a.tokenLevel().cohenKappaMeanPairwise()))
                    .append(cell(a.tokenLevel().percentAgreement())).append("</tr>\n");
        }
        h.append("</table>\n<p class=x>Undefined values (0/0: one category only, no spans, a label nobody used) are shown ")
                .append("as <span class=u>undefined</span> with the reason on hover; they are never 0 or 1.</p>\n</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    /** Link precision/recall/F1 and the flags compared on matched span pairs; nothing when links were not computed. */
    private static void links(StringBuilder h, Map<String, LinkScores> links) {
        if (links.isEmpty()) {
            return;
        }
        h.append("<h2>Links (reference &rarr; compared)</h2>\n<p class=x>").append(esc(Explanations.LINKS)).append("</p>\n");
        h.append("<table><tr><th class=l>Pair</th><th class=l>Span pairs</th><th class=l>Links</th><th>Precision</th>")
                .append("<th>Recall</th><th>F1</th></tr>\n");
        for (Map.Entry<String, LinkScores> e : links.entrySet()) {
            for (String matching : List.of("exact", "overlap")) {
                LinkScores.Matched m = matching.equals("exact") ? e.getValue().exact() : e.getValue().overlap();
                linkRow(h, e.getKey(), matching, "all types", m.links());
                for (Map.Entry<String, PrecisionRecall> t : m.perType().entrySet()) {
                    linkRow(h, e.getKey(), matching, t.getKey(), t.getValue());
                }
            }
        }
        h.append("</table>\n<table><tr><th class=l>Pair</th><th class=l>Span pairs</th><th class=l>Compared</th>")
                .append("<th>Pairs compared</th><th>Agreeing</th><th>Percent agreement</th><th>Cohen's kappa</th></tr>\n");
        for (Map.Entry<String, LinkScores> e : links.entrySet()) {
            for (String matching : List.of("exact", "overlap")) {
                LinkScores.Matched m = matching.equals("exact") ? e.getValue().exact() : e.getValue().overlap();
                categoryRow(h, e.getKey(), matching, "source types", m.sourceTypes());
                categoryRow(h, e.getKey(), matching, "unsure", m.unsure());
            }
        }
        h.append("</table>\n");
    }

    private static void linkRow(StringBuilder h, String pair, String matching, String type, PrecisionRecall prf) {
        h.append("<tr><td class=l>").append(esc(pair)).append("</td><td class=l>").append(esc(matching))
                .append("</td><td class=l>").append(esc(type)).append("</td>").append(cell(prf.precision()))
                .append(cell(prf.recall())).append(cell(prf.f1())).append("</tr>\n");
    }

    private static void categoryRow(StringBuilder h, String pair, String matching, String compared, PairedCategories c) {
        h.append("<tr><td class=l>").append(esc(pair)).append("</td><td class=l>").append(esc(matching))
                .append("</td><td class=l>").append(esc(compared)).append("</td><td>").append(c.compared())
                .append("</td><td>").append(c.agreeing()).append("</td>").append(cell(c.percentAgreement()))
                .append(cell(c.cohenKappa())).append("</tr>\n");
    }

    private static void headline(StringBuilder h, String name, Score score, String explanation) {
        h.append("<tr><td class=l>").append(esc(name)).append("</td>").append(cell(score)).append("<td class=x>")
                .append(esc(explanation)).append("</td></tr>\n");
    }

    private static void prf(StringBuilder h, String pair, String matching, PrecisionRecall prf) {
        h.append("<tr><td class=l>").append(esc(pair)).append("</td><td class=l>").append(esc(matching)).append("</td>")
                .append(cell(prf.precision())).append(cell(prf.recall())).append(cell(prf.f1())).append("</tr>\n");
    }

    private static String cell(Score score) {
        if (score.isDefined()) {
            return "<td>" + format(score.value()) + "</td>";
        }
        return "<td class=u title=\"" + esc(score.undefinedReason()) + "\">undefined — " + esc(score.undefinedReason()) + "</td>";
    }

    /** Annotator × annotator grid coloured by kappa: red below 0, white at 0, green towards 1, grey undefined. */
    private static void heatmap(StringBuilder h, List<String> annotators, Map<String, Score> kappa) {
        int n = annotators.size();
        int cell = 64;
        int label = 110;
        int top = 28;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(label + n * cell + 10).append("\" height=\"")
                .append(top + n * cell + 10)
                .append("\" role=\"img\" aria-label=\"Cohen's kappa per pair\" font-size=\"12\">\n");
        for (int i = 0; i < n; i++) {
            h.append("<text x=\"").append(label - 6).append("\" y=\"").append(top + i * cell + cell / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(annotators.get(i))).append("</text>\n");
            h.append("<text x=\"").append(label + i * cell + cell / 2).append("\" y=\"").append(top - 8)
                    .append("\" text-anchor=\"middle\">").append(esc(annotators.get(i))).append("</text>\n");
            for (int j = 0; j < n; j++) {
                String text;
                String fill;
                if (i == j) {
                    text = "";
                    fill = "#e5e7eb";
                } else {
                    Score s = kappa.get(io.veritag.agreement.AnnotatorPair.key(annotators.get(Math.min(i, j)), annotators.get(Math.max(i, j))));
                    text = s != null && s.isDefined() ? String.format(Locale.ROOT, "%.2f", s.value()) : "n/a";
                    fill = s != null && s.isDefined() ? colour(s.value()) : "#d1d5db";
                }
                int x = label + j * cell;
                int y = top + i * cell;
                h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell - 2)
                        .append("\" height=\"").append(cell - 2).append("\" fill=\"").append(fill).append("\"/>");
                h.append("<text x=\"").append(x + cell / 2 - 1).append("\" y=\"").append(y + cell / 2 + 4)
                        .append("\" text-anchor=\"middle\">").append(text).append("</text>\n");
            }
        }
        h.append("</svg>\n");
    }

    /** Horizontal bars from a zero line; the axis spans [−1, 1] and longer bars are cut with their value written. */
    private static void bars(StringBuilder h, Map<String, Score> perLabel) {
        int rowHeight = 28;
        int labelWidth = 130;
        int half = 200;
        int height = perLabel.size() * rowHeight + 30;
        int zero = labelWidth + half;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + 2 * half + 120).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"alpha_u per label\" font-size=\"12\">\n");
        int row = 0;
        for (Map.Entry<String, Score> e : perLabel.entrySet()) {
            int y = 10 + row * rowHeight;
            h.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(esc(e.getKey())).append("</text>");
            Score s = e.getValue();
            if (s.isDefined()) {
                double v = Math.max(-1, Math.min(1, s.value()));
                int w = (int) Math.round(Math.abs(v) * half);
                int x = v >= 0 ? zero : zero - w;
                h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(colour(s.value())).append("\" stroke=\"#666\"/>");
                h.append("<text x=\"").append(zero + half + 8).append("\" y=\"").append(y + 15).append("\">")
                        .append(format(s.value())).append("</text>\n");
            } else {
                h.append("<text x=\"").append(zero + 6).append("\" y=\"").append(y + 15).append("\" fill=\"#888\">undefined — ")
                        .append(esc(s.undefinedReason())).append("</text>\n");
            }
            row++;
        }
        int axisY = height - 14;
        h.append("<line x1=\"").append(zero).append("\" y1=\"4\" x2=\"").append(zero).append("\" y2=\"").append(axisY)
                .append("\" stroke=\"#333\"/>");
        for (int tick = -1; tick <= 1; tick++) {
            h.append("<text x=\"").append(zero + tick * half).append("\" y=\"").append(height - 2)
                    .append("\" text-anchor=\"middle\">").append(tick).append("</text>");
        }
        h.append("\n</svg>\n");
    }

    /** Red (−1) → white (0) → green (1). */
    static String colour(double value) {
        double v = Math.max(-1, Math.min(1, value));
        int r;
        int g;
        int b;
        if (v >= 0) {
            r = (int) Math.round(255 - v * (255 - 34));
            g = (int) Math.round(255 - v * (255 - 160));
            b = (int) Math.round(255 - v * (255 - 80));
        } else {
            r = 239;
            g = (int) Math.round(255 + v * (255 - 68));
            b = (int) Math.round(255 + v * (255 - 68));
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
