package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.ArticleStatus;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veritag agreement} with links, read from the database: anna and boris mark the same two sources, claim and
 * denial; boris calls the officials military and leaves out the DENIES link; anna is unsure of her claim.
 */
class LinkAgreementCommandTest {
    static final String TEXT = "The mayor said the bridge is safe. Officials denied any damage.";

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void populate() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        try (Database database = Database.open(db)) {
            Store store = database.store();
            long article = store.articles().insert(new NewArticle("a1", "Bridge", "Outlet", null, null, TEXT), "sha-1");
            long anna = store.annotators().getOrCreate("anna").id();
            long boris = store.annotators().getOrCreate("boris").id();
            annotate(store, article, anna, SourceType.OFFICIAL, true, true);
            annotate(store, article, boris, SourceType.MILITARY, false, false);
            // a link of carol's, who is not compared, must not count
            long carol = store.annotators().getOrCreate("carol").id();
            annotate(store, article, carol, SourceType.OFFICIAL, false, true);
            for (long annotator : new long[] {anna, boris, carol}) {
                store.statuses().set(article, annotator, ArticleStatus.DONE);
            }
        }
    }

    private static void annotate(Store store, long article, long annotator, SourceType officials, boolean unsureClaim,
                                 boolean denies) {
        Span mayor = store.spans().insert(article, annotator, 0, 9, "SOURCE", null, SourceType.POLITICIAN, null);
        Span claim = store.spans().insert(article, annotator, 15, 33, "CLAIM", null);
        Span source = store.spans().insert(article, annotator, 35, 44, "SOURCE", null, officials, null);
        Span denial = store.spans().insert(article, annotator, 45, 62, "DENIAL", null);
        store.spans().setFlags(claim.id(), null, unsureClaim);
        store.links().insert(claim.id(), mayor.id(), LinkType.SAID_BY);
        store.links().insert(denial.id(), source.id(), LinkType.SAID_BY);
        if (denies) {
            store.links().insert(denial.id(), claim.id(), LinkType.DENIES);
        }
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        int code = VeritagCommand.commandLine((database, annotator) -> {
        }, io.veritag.service.Workspace::open).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void jsonCarriesLinkF1PerTypeSourceTypesAndUnsure() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("agreement", "--annotators", "anna,boris", "--format", "json"));

        JsonNode exact = json.path("link_level").path("anna->boris").path("exact");
        // anna 3 links, boris 2, both of boris's agree: P 1, R 2/3, F1 4/5
        assertThat(exact.path("links").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(exact.path("links").path("recall").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(exact.path("links").path("f1").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(exact.path("per_type").path("SAID_BY").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(exact.path("per_type").path("DENIES").path("precision").isNull()).isTrue();
        assertThat(exact.path("per_type").path("DENIES").path("recall").asDouble()).isZero();
        assertThat(exact.path("per_type").path("HEDGES").path("f1").isNull()).isTrue();
        // sources: the mayor agrees (POLITICIAN), the officials do not (OFFICIAL vs MILITARY)
        assertThat(exact.path("source_types").path("compared").asInt()).isEqualTo(2);
        assertThat(exact.path("source_types").path("agreeing").asInt()).isEqualTo(1);
        assertThat(exact.path("source_types").path("percent_agreement").asDouble()).isEqualTo(0.5);
        // four matched pairs, anna unsure of one claim
        assertThat(exact.path("unsure").path("compared").asInt()).isEqualTo(4);
        assertThat(exact.path("unsure").path("agreeing").asInt()).isEqualTo(3);
        assertThat(exact.path("unsure").path("cohen_kappa").asDouble()).isZero();
        assertThat(json.path("per_article").get(0).path("link_level").path("anna->boris").path("overlap").path("links")
                .path("f1").asDouble()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aLabelLeftOutOfTheReportTakesItsLinksWithItButSourcesStay() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("agreement", "--annotators", "anna,boris", "--labels",
                "CLAIM", "--format", "json"));

        JsonNode exact = json.path("link_level").path("anna->boris").path("exact");
        // the denials are not compared: only the claims' SAID_BY links are left (sources always count)
        assertThat(exact.path("links").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(exact.path("per_type").path("DENIES").path("recall").isNull()).isTrue();
        assertThat(exact.path("source_types").path("compared").asInt()).isEqualTo(2);
        assertThat(exact.path("unsure").path("compared").asInt()).isEqualTo(3);
    }

    @Test
    void textReportHasALinksSection() {
        String text = run("agreement", "--annotators", "anna,boris");

        assertThat(text).contains("Links (reference -> compared");
        assertThat(text).contains("links, exact").contains("source types, exact      1 of 2 pairs agree: percent 0.5000; kappa 0.3333");
    }

    @Test
    void csvCarriesTheLinkMeasuresPooledAndPerArticle() throws Exception {
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
                        run("agreement", "--annotators", "anna,boris", "--format", "csv"))).getRecords();

        for (String scope : List.of("all", "article")) {
            // anna 3 links, boris 2, both of boris's agree: P 1, R 2/3, F1 4/5
            assertThat(csvValue(rows, scope, "link_exact_f1", "")).isEqualTo("0.8");
            assertThat(Double.parseDouble(csvValue(rows, scope, "link_exact_recall", ""))).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(csvValue(rows, scope, "link_exact_precision", "DENIES")).isEmpty();
            assertThat(csvValue(rows, scope, "link_exact_recall", "DENIES")).isEqualTo("0.0");
            assertThat(csvValue(rows, scope, "source_type_exact_agreeing", "")).isEqualTo("1");
            assertThat(csvValue(rows, scope, "source_type_exact_compared", "")).isEqualTo("2");
            assertThat(csvValue(rows, scope, "unsure_exact_compared", "")).isEqualTo("4");
            assertThat(csvValue(rows, scope, "unsure_exact_cohen_kappa", "")).isEqualTo("0.0");
        }
        org.apache.commons.csv.CSVRecord hedges = rows.stream().filter(r -> r.get("measure").equals("link_overlap_f1")
                && r.get("label").equals("HEDGES") && r.get("scope").equals("all")).findFirst().orElseThrow();
        assertThat(hedges.get("value")).isEmpty();
        assertThat(hedges.get("undefined_reason")).isEqualTo("neither annotator has links here");
    }

    private static String csvValue(List<org.apache.commons.csv.CSVRecord> rows, String scope, String measure, String label) {
        return rows.stream().filter(r -> r.get("scope").equals(scope) && r.get("measure").equals(measure)
                        && r.get("pair").equals("anna->boris") && r.get("label").equals(label))
                .map(r -> r.get("value")).reduce((x, y) -> {
                    throw new AssertionError("two rows for " + scope + " " + measure + " " + label);
                }).orElseThrow(() -> new AssertionError("no row for " + scope + " " + measure + " " + label));
    }

    @Test
    void htmlHasTheLinkTables() throws Exception {
        String html = run("agreement", "--annotators", "anna,boris", "--format", "html");

        String pair = "<tr><td class=l>anna-&gt;boris</td>";
        assertThat(html).contains("<h2>Links (reference &rarr; compared)</h2>")
                .contains(pair + "<td class=l>exact</td><td class=l>all types</td><td>1.0000</td><td>0.6667</td><td>0.8000</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>source types</td><td>2</td><td>1</td><td>0.5000</td><td>0.3333</td></tr>")
                .contains(pair + "<td class=l>exact</td><td class=l>unsure</td><td>4</td><td>3</td><td>0.7500</td><td>0.0000</td></tr>");
    }
}
