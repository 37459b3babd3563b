package io.veritag.service.agreement.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorLinks;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.ExtentLink;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.SpanFlags;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The link measures in the csv and html reports, checked against figures worked out by hand. Two annotators,
 * "anna" and "o'brien" (a quote to escape), two articles:
 * <pre>
 *   #1 "🙂 The mayor said the bridge is safe. Officials denied it." (an emoji first: UTF-16 offsets differ
 *      from code points), title with a quote, a comma and markup
 *      label spans: claim "the bridge is safe" [18,36) (o'brien: [18,35), overlap only), denial "denied it" [48,57)
 *      sources:     mayor [3,12) POLITICIAN for both; officials [38,47) OFFICIAL for anna, MILITARY for o'brien
 *      anna:    claim SAID_BY mayor, denial SAID_BY officials, denial DENIES claim; anna is unsure of her claim
 *      o'brien: claim SAID_BY mayor, denial SAID_BY officials
 *   #2 no spans, no links: every link measure undefined
 * </pre>
 * Exact span pairs: denial, mayor, officials; overlap adds the claim.
 * <ul>
 *   <li>exact links: only denial→officials agrees: P 1/2, R 1/3, F1 2·1/(3+2) = 0.4; SAID_BY 1 of 2 and 2:
 *       0.5 each; DENIES: o'brien has none (P undefined), R 0, F1 0; HEDGES: nobody (all undefined).</li>
 *   <li>overlap links: claim→mayor agrees too: P 1, R 2/3, F1 0.8.</li>
 *   <li>source types (both pairings): 2 compared, 1 agreeing, 0.5; kappa (2·1 − 1)/(2² − 1) = 1/3.</li>
 *   <li>unsure, exact: 3 pairs, all sure: percent 1, kappa undefined (chance agreement 1); overlap: 4 pairs,
 *       3 agreeing, 0.75, kappa (4·3 − 3·4)/(4² − 3·4) = 0.</li>
 * </ul>
 * Article #2 adds nothing, so the pooled figures equal article #1's.
 */
class LinkMeasuresReportTest {
    static final String TEXT = "🙂 The mayor said the bridge is safe. Officials denied it.";
    static final String TITLE = "Bridge \"safe\", <b>mayor</b>";
    static final String PAIR = "anna->o'brien";

    static AgreementReport report(boolean linkMeasures) {
        LabelSet labels = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));
        List<LabeledExtent> anna = List.of(new LabeledExtent(18, 36, "CLAIM"), new LabeledExtent(48, 57, "DENIAL"));
        List<LabeledExtent> obrien = List.of(new LabeledExtent(18, 35, "CLAIM"), new LabeledExtent(48, 57, "DENIAL"));
        List<LabeledExtent> sources = List.of(new LabeledExtent(3, 12, "SOURCE"), new LabeledExtent(38, 47, "SOURCE"));
        // positions: 0 claim, 1 denial, 2 mayor, 3 officials
        AnnotatorLinks annaLinks = new AnnotatorLinks(sources,
                List.of(new SpanFlags(null, true), SpanFlags.NONE, new SpanFlags(SourceType.POLITICIAN, false),
                        new SpanFlags(SourceType.OFFICIAL, false)),
                List.of(new ExtentLink(0, 2, LinkType.SAID_BY), new ExtentLink(1, 3, LinkType.SAID_BY),
                        new ExtentLink(1, 0, LinkType.DENIES)));
        AnnotatorLinks obrienLinks = new AnnotatorLinks(sources,
                List.of(SpanFlags.NONE, SpanFlags.NONE, new SpanFlags(SourceType.POLITICIAN, false),
                        new SpanFlags(SourceType.MILITARY, false)),
                List.of(new ExtentLink(0, 2, LinkType.SAID_BY), new ExtentLink(1, 3, LinkType.SAID_BY)));
        ArticleAnnotations first = new ArticleAnnotations(1, TITLE, TEXT, List.of(anna, obrien),
                List.of(annaLinks, obrienLinks));
        ArticleAnnotations empty = new ArticleAnnotations(2, "Nothing", "Nothing to see here.", List.of(List.of(), List.of()));
        return AgreementCalculator.compute(new AgreementInput(List.of("anna", "o'brien"), labels, List.of(first, empty),
                linkMeasures));
    }

    /** Rows keyed "scope|article_id|measure|pair|label". */
    static Map<String, CSVRecord> csvRows(String csv) throws Exception {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords()) {
            String key = r.get("scope") + "|" + r.get("article_id") + "|" + r.get("measure") + "|" + r.get("pair") + "|"
                    + r.get("label");
            assertThat(rows.put(key, r)).as("one row for %s", key).isNull();
        }
        return rows;
    }

    private static String write(ReportWriter writer, AgreementReport report) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }

    private static double value(Map<String, CSVRecord> rows, String key) {
        CSVRecord row = rows.get(key);
        assertThat(row).as(key).isNotNull();
        assertThat(row.get("undefined_reason")).as(key).isEmpty();
        return Double.parseDouble(row.get("value"));
    }

    private static void undefined(Map<String, CSVRecord> rows, String key, String reason) {
        CSVRecord row = rows.get(key);
        assertThat(row).as(key).isNotNull();
        assertThat(row.get("value")).as(key).isEmpty();
        assertThat(row.get("undefined_reason")).as(key).isEqualTo(reason);
    }

    @Test
    void csvHasEveryLinkMeasurePooledAndPerArticleWithTheHandFigures() throws Exception {
        Map<String, CSVRecord> rows = csvRows(write(new CsvReportWriter(), report(true)));

        for (String scope : List.of("all|", "article|1")) {
            String p = scope + "|";
            String q = "|" + PAIR + "|";
            assertThat(value(rows, p + "link_exact_precision" + q)).isEqualTo(0.5);
            assertThat(value(rows, p + "link_exact_recall" + q)).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(value(rows, p + "link_exact_f1" + q)).isCloseTo(0.4, within(1e-12));
            assertThat(value(rows, p + "link_exact_f1" + q + "SAID_BY")).isEqualTo(0.5);
            undefined(rows, p + "link_exact_precision" + q + "DENIES", "the compared annotator has no links here");
            assertThat(value(rows, p + "link_exact_recall" + q + "DENIES")).isZero();
            assertThat(value(rows, p + "link_exact_f1" + q + "DENIES")).isZero();
            undefined(rows, p + "link_exact_f1" + q + "HEDGES", "neither annotator has links here");
            assertThat(value(rows, p + "link_overlap_precision" + q)).isEqualTo(1.0);
            assertThat(value(rows, p + "link_overlap_recall" + q)).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(value(rows, p + "link_overlap_f1" + q)).isCloseTo(0.8, within(1e-12));
            for (String matching : List.of("exact", "overlap")) {
                assertThat(value(rows, p + "source_type_" + matching + "_compared" + q)).isEqualTo(2);
                assertThat(value(rows, p + "source_type_" + matching + "_agreeing" + q)).isEqualTo(1);
                assertThat(value(rows, p + "source_type_" + matching + "_percent_agreement" + q)).isEqualTo(0.5);
                assertThat(value(rows, p + "source_type_" + matching + "_cohen_kappa" + q)).isCloseTo(1.0 / 3, within(1e-12));
            }
            assertThat(value(rows, p + "unsure_exact_compared" + q)).isEqualTo(3);
            assertThat(value(rows, p + "unsure_exact_percent_agreement" + q)).isEqualTo(1.0);
            undefined(rows, p + "unsure_exact_cohen_kappa" + q,
                    "both annotators chose sure for every matched pair, so chance agreement is 1 and kappa is 0/0");
            assertThat(value(rows, p + "unsure_overlap_compared" + q)).isEqualTo(4);
            assertThat(value(rows, p + "unsure_overlap_agreeing" + q)).isEqualTo(3);
            assertThat(value(rows, p + "unsure_overlap_percent_agreement" + q)).isEqualTo(0.75);
            assertThat(value(rows, p + "unsure_overlap_cohen_kappa" + q)).isZero();
        }
        // the empty article: undefined with the reason, never 0
        String q = "|" + PAIR + "|";
        undefined(rows, "article|2|link_exact_precision" + q, "the compared annotator has no links here");
        undefined(rows, "article|2|link_overlap_recall" + q, "the reference annotator has no links here");
        undefined(rows, "article|2|source_type_exact_percent_agreement" + q, "no matched pair of source spans");
        undefined(rows, "article|2|unsure_overlap_cohen_kappa" + q, "no matched pair of spans");
        assertThat(value(rows, "article|2|unsure_overlap_compared" + q)).isZero();
        // 2 pairings × (3 × (all + 3 types) + 2 × 4 flag rows) = 40 rows per scope, 3 scopes
        assertThat(rows.keySet().stream().filter(k -> k.matches("[^|]*\\|[^|]*\\|(link|source_type|unsure)_.*")))
                .hasSize(120);
    }

    @Test
    void csvQuotesTheTitleAndKeepsTheEmojiAndHasNoLinkRowsWithoutLinkMeasures() throws Exception {
        String csv = write(new CsvReportWriter(), report(true));
        assertThat(csv).contains("article,1,\"Bridge \"\"safe\"\", <b>mayor</b>\",link_exact_f1,anna->o'brien,,0.4,");
        assertThat(csvRows(csv).get("article|1|link_exact_f1|" + PAIR + "|").get("title")).isEqualTo(TITLE);

        String without = write(new CsvReportWriter(), report(false));
        assertThat(without).doesNotContain("link_").doesNotContain("source_type_").doesNotContain("unsure_");
        assertThat(csvRows(without).get("all||span_exact_f1|" + PAIR + "|")).isNotNull();
    }

    @Test
    void htmlHasTheLinkTablesWithTheHandFiguresEscaped() throws Exception {
        String html = write(new HtmlReportWriter(), report(true));
        String pair = "<tr><td class=l>anna-&gt;o&#39;brien</td>";

        assertThat(html).contains("<h2>Links (reference &rarr; compared)</h2>")
                .contains(pair + "<td class=l>exact</td><td class=l>all types</td><td>0.5000</td><td>0.3333</td><td>0.4000</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>SAID_BY</td><td>0.5000</td><td>0.5000</td><td>0.5000</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>DENIES</td><td class=u title=\"the compared annotator has no links here\">"
                        + "undefined — the compared annotator has no links here</td><td>0.0000</td><td>0.0000</td></tr>")
                .contains(pair + "<td class=l>overlap</td><td class=l>all types</td><td>1.0000</td><td>0.6667</td><td>0.8000</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>source types</td><td>2</td><td>1</td><td>0.5000</td><td>0.3333</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>unsure</td><td>3</td><td>3</td><td>1.0000</td><td class=u title=\""
                        + "both annotators chose sure for every matched pair, so chance agreement is 1 and kappa is 0/0\">")
                .contains(pair + "<td class=l>overlap</td><td class=l>unsure</td><td>4</td><td>3</td><td>0.7500</td><td>0.0000</td></tr>");
        // inert: the annotator's quote and the title's markup are text
        assertThat(html).doesNotContain("o'brien").doesNotContain("<b>").contains("&lt;b&gt;mayor&lt;/b&gt;");

        assertThat(write(new HtmlReportWriter(), report(false))).doesNotContain("Links (reference");
    }
}
