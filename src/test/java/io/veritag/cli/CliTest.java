package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private final List<String> windowsOpened = new ArrayList<>();

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VeritagCommand.commandLine((db, annotator) -> windowsOpened.add(db + " as " + annotator), io.veritag.service.Workspace::open)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String db;

    private String db() {
        if (db == null) {
            db = io.veritag.testing.TestDatabase.location(dir, "test");
        }
        return db;
    }

    @Test
    void aLibrarysFailureSaysItWasUnexpectedAndWhereTheDetailsAreInOneLine() {
        StringWriter err = new StringWriter();
        int code = VeritagCommand.commandLine((db, annotator) -> { }, db -> {
            throw new RuntimeException("Cannot commit transaction",
                    new java.sql.SQLException("General error: \"java.lang.IllegalStateException: chunk 7\n[50000-232]"));
        }).setErr(new PrintWriter(err)).execute("--db", db(), "articles");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("veritag: unexpected failure: Cannot commit transaction (details in ")
                .endsWith("veritag.log)");
    }

    @Test
    void importsTheSamplesAndListsThem() throws Exception {
        Run imported = run("--db", db(), "import", "--samples");
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Imported 5 articles, skipped 0 duplicates, 0 files failed.");

        Run listed = run("--db", db(), "articles");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines()).hasSize(6).first().asString().startsWith("ID").contains("TITLE");

        Run json = run("--db", db(), "articles", "--format", "json");
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(5);
        assertThat(array.get(0).get("external_id").asText()).isEqualTo("000_9b7bed599d2e3ec6");
    }

    @Test
    void listsAnnotatorsWithTheirCounts() throws Exception {
        try (Database database = Database.open(db())) {
            database.store().annotators().getOrCreate("zoe");
            database.store().annotators().getOrCreate("anna");
        }
        Run json = run("--db", db(), "annotators", "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array).extracting(n -> n.get("name").asText()).containsExactly("anna", "zoe");
        assertThat(run("--db", db(), "annotators").out()).contains("anna").contains("zoe");
    }

    @Test
    void badFilesFailWithOneLinePerFileAndExitCodeOne() throws Exception {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xff, 'b'});
        Path good = Files.writeString(dir.resolve("good.txt"), "Kherson is free.\n");
        Run run = run("--db", db(), "import", bad.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("veritag: " + bad + ": not valid UTF-8 text" + System.lineSeparator());
        assertThat(run.out()).contains("Imported 1 article, skipped 0 duplicates, 1 file failed.");
    }

    @Test
    void errorsAreOneLineOnStderrWithNonZeroExit() {
        Run nothing = run("--db", db(), "import");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).isEqualTo("veritag: nothing to import: give files or folders, or --samples"
                + System.lineSeparator());

        Run unknown = run("--db", db(), "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument");

        Run badFormat = run("--db", db(), "articles", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("Invalid value for option '--format'");
    }

    @Test
    void aDatabaseInUseIsAOneLineMessage() {
        try (Database open = Database.open(db())) {
            // H2 shares a database inside one JVM, so simulate the other process by an unusable path instead
            Path notAFolder = dir.resolve("file");
            Files.writeString(notAFolder, "x");
            Run run = run("--db", notAFolder.resolve("db").toString(), "articles");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("veritag: Cannot create folder for database").doesNotContain("\tat ");
            assertThat(run.err().lines()).hasSize(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noCommandOpensTheWindowWithTheChosenDatabaseAndAnnotator() {
        Run run = run("--db", db());
        assertThat(run.exitCode()).isEqualTo(VeritagCommand.WINDOW_OPENED);
        assertThat(run("--annotator", "anna").exitCode()).isEqualTo(VeritagCommand.WINDOW_OPENED);
        assertThat(windowsOpened).containsExactly(db() + " as null", "null as anna");
    }

    @Test
    void everySubcommandAnswersHelpAndVersion() {
        var subcommands = VeritagCommand.commandLine((db, annotator) -> { }, io.veritag.service.Workspace::open).getSubcommands().keySet();
        assertThat(subcommands).contains("import", "articles", "annotators");
        for (String name : subcommands) {
            if (name.equals("help")) {
                continue; // picocli's own help command documents itself differently
            }
            Run help = run(name, "--help");
            assertThat(help.exitCode()).as(name + " --help").isZero();
            assertThat(help.out()).as(name + " --help").startsWith("Usage: veritag " + name);
            Run version = run(name, "--version");
            assertThat(version.exitCode()).as(name + " --version").isZero();
            assertThat(version.out()).as(name + " --version").startsWith("veritag ");
        }
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        assertThat(run("--version").out()).startsWith("veritag ");
        assertThat(run("--help").out()).contains("import").contains("articles").contains("annotators").contains("--db");
        assertThat(run("import", "--help").out()).contains("--samples");
        assertThat(run("articles", "--version").exitCode()).isZero();
    }
}
