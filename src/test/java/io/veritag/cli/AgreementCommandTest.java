package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.agreement.AgreementReport;
import io.veritag.service.agreement.AgreementFixture;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.AgreementService;
import io.veritag.service.agreement.report.ReportFormat;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {
    @TempDir
    Path dir;
    private String db;
    private AgreementReport expected;

    @BeforeEach
    void populate() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        try (Database database = Database.open(db)) {
            AgreementFixture.populate(database.store());
            expected = new AgreementService(database.store())
                    .report(new AgreementSelection(List.of("anna", "boris"), false, null, List.of()), Progress.NONE);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        int code = VeritagCommand.commandLine((database, annotator) -> {
        }, io.veritag.service.Workspace::open).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheDocumentedShapeWithNullForUndefined() throws Exception {
        Run run = run("agreement", "--annotators", "anna,boris", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(json)).containsExactly("annotators", "articles", "tokens", "token_level", "unitizing",
                "span_level", "link_level", "per_article");
        assertThat(json.get("annotators")).extracting(JsonNode::asText).containsExactly("anna", "boris");
        assertThat(json.get("articles").asInt()).isEqualTo(3);
        assertThat(json.get("tokens").asLong()).isEqualTo(expected.tokens());
        JsonNode tokens = json.get("token_level");
        assertThat(fieldNames(tokens)).containsExactly("percent_agreement", "percent_agreement_pairs", "cohen_kappa_pairs",
                "cohen_kappa_mean_pairwise", "fleiss_kappa", "krippendorff_alpha_nominal", "confusion");
        assertThat(tokens.get("cohen_kappa_pairs").get("anna|boris").asDouble())
                .isCloseTo(expected.tokenLevel().cohenKappaPairs().get("anna|boris").value(), within(1e-15));
        assertThat(fieldNames(tokens.get("confusion").get("anna|boris")))
                .containsExactly("CLAIM", "DENIAL", "SPECULATION", "O");
        assertThat(tokens.get("confusion").get("anna|boris").get("DENIAL").get("CLAIM").asLong())
                .isEqualTo(expected.tokenLevel().confusion().get("anna|boris").count("DENIAL", "CLAIM")).isPositive();
        JsonNode unitizing = json.get("unitizing");
        assertThat(unitizing.get("alpha_u_overall").asDouble())
                .isCloseTo(expected.unitizing().alphaUOverall().value(), within(1e-15));
        assertThat(fieldNames(unitizing.get("alpha_u_per_label"))).containsExactly("CLAIM", "DENIAL", "SPECULATION");
        JsonNode pair = json.get("span_level").get("anna->boris");
        assertThat(fieldNames(pair)).containsExactly("exact", "exact_unlabeled", "overlap", "overlap_unlabeled", "per_label");
        assertThat(fieldNames(pair.get("exact"))).containsExactly("precision", "recall", "f1");
        assertThat(fieldNames(pair.get("per_label").get("CLAIM"))).containsExactly("exact", "overlap");

        JsonNode nothing = json.get("per_article").get(2);
        assertThat(nothing.get("title").asText()).isEqualTo("Nothing");
        assertThat(fieldNames(nothing)).containsExactly("article_id", "title", "tokens", "token_level", "unitizing", "span_level", "link_level");
        assertThat(nothing.get("token_level").get("cohen_kappa_pairs").get("anna|boris").isNull()).isTrue();
        assertThat(nothing.get("token_level").get("percent_agreement").asDouble()).isEqualTo(1.0);
        assertThat(nothing.get("unitizing").get("alpha_u_overall").isNull()).isTrue();
        assertThat(nothing.get("span_level").get("anna->boris").get("exact").get("f1").isNull()).isTrue();
    }

    @Test
    void textExplainsTheNumbersAndSaysWhyAValueIsUndefined() {
        Run run = run("agreement", "--annotators", "anna,carol", "--include-unfinished");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Agreement of anna, carol on 1 articles")
                .contains("Agreement beyond chance, per pair, averaged")
                .contains("DENIAL         undefined — nobody used DENIAL");
    }

    @Test
    void textGivesTheReasonForEveryUndefinedValueInTheArticleListAndSpanTable() {
        Run run = run("agreement", "--annotators", "anna,boris");

        assertThat(run.out()).contains("Nothing\n          alpha_u undefined — nobody marked any span; alpha undefined — every token"
                        .replace("\n", System.lineSeparator()))
                .contains("DENIAL exact             P undefined — the compared annotator has no spans here; R 0.0000; F1 0.0000");
    }

    @Test
    void csvHasOneValuePerRowAndAnEmptyValueWithAReasonWhenUndefined() throws Exception {
        Run run = run("agreement", "--annotators", "anna,boris", "--format", "csv");

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(run.out())).getRecords();
        assertThat(rows.get(0).toMap()).containsEntry("scope", "all").containsEntry("measure", "articles").containsEntry("value", "3");
        CSVRecord kappa = rows.stream().filter(r -> r.get("scope").equals("article") && r.get("title").equals("Nothing")
                && r.get("measure").equals("cohen_kappa_pair")).findFirst().orElseThrow();
        assertThat(kappa.get("value")).isEmpty();
        assertThat(kappa.get("undefined_reason")).startsWith("both annotators gave every token the same category (O)");
    }

    @Test
    void htmlGoesToTheOutFileAsOneSelfContainedPage() throws Exception {
        Path out = dir.resolve("report.html");
        Run run = run("agreement", "--format", "html", "--annotators", "anna,boris", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Kherson is free")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("@import");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void everyFormatIsTheTextOfTheWholeReportOnStandardOutputAndInTheOutFileAndNoSpoolIsLeft() throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter whole = new StringWriter();
            format.writer().write(expected, whole); // the report with every row in memory, as before streaming
            Path out = dir.resolve("report." + format.extension());

            Run printed = run("agreement", "--annotators", "anna,boris", "--format", format.key());
            Run written = run("agreement", "--annotators", "anna,boris", "--format", format.key(), "--out", out.toString());

            assertThat(printed.exitCode()).as(format.key()).isZero();
            assertThat(printed.out()).as(format.key()).isEqualTo(whole.toString());
            assertThat(written.exitCode()).as(format.key()).isZero();
            assertThat(Files.readString(out)).as(format.key()).isEqualTo(whole.toString());
        }
        assertThat(expected.perArticle()).hasSizeGreaterThan(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".agreement-rows"));
        }
    }

    @Test
    void unknownAnnotatorIsOneLineOnStandardErrorAndExitCodeOne() {
        Run run = run("agreement", "--annotators", "anna,zoe");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("veritag: unknown annotator 'zoe' (known: anna, boris, carol, dmitri)" + System.lineSeparator());
    }

    @Test
    void unknownFormatIsRejected() {
        Run run = run("agreement", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown format 'xml' (expected text, json, csv, html)");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
