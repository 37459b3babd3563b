package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veritag import-annotations} and {@code veritag export}, through picocli as a user runs them. */
class DatasetCommandsTest {
    @TempDir
    Path temp;
    private String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void freshDatabase() {
        db = io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag");
    }

    @Test
    void importsAnnotationsThenExportsThemWithCounts() throws Exception {
        assertThat(run("import-annotations", "--format", "jsonl", golden().toString())).isZero();
        assertThat(out.toString()).isEqualTo("Imported 1 file: 5 documents, 10 spans added (0 already present), 4 articles created\n");

        Path folder = temp.resolve("out");
        assertThat(run("export", "--format", "conll", "--annotator", "anna", "--labels", "CLAIM,DENIAL", "--out", folder.toString()))
                .isZero();
        assertThat(out.toString()).contains(
                "Exported 4 articles (4 documents, 6 spans) as conll to " + folder,
                "  labels: CLAIM 4, DENIAL 2",
                "  anna: CLAIM 4, DENIAL 2",
                "  left out or changed: 1 overlapping spans (IOB2 cannot nest them)");
        assertThat(folder.resolve("data.conll")).exists();
        assertThat(folder.resolve("manifest.json")).exists();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportsTheGoldLayer() {
        run("import-annotations", "--format", "jsonl", golden().toString());
        assertThat(run("export", "--format", "jsonl", "--gold", "--out", temp.resolve("gold").toString())).isZero();
        assertThat(out.toString()).startsWith("Exported 0 articles (0 documents, 0 spans) as jsonl to " + temp.resolve("gold"));
    }

    @Test
    void splitsWithASeed() throws Exception {
        run("import-annotations", "--format", "jsonl", golden().toString());
        assertThat(run("export", "--format", "spacy", "--all-status", "--split", "50/25/25", "--seed", "3", "--out",
                temp.resolve("split").toString())).isZero();
        assertThat(out.toString()).contains("  split 50/25/25 (seed 3): train 2, dev 1, test 1 articles");
        assertThat(temp.resolve("split/train.jsonl")).exists();
    }

    @Test
    void failsWithOneLineAndExitOne() throws Exception {
        assertThat(run("export", "--format", "xml")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: unknown format 'xml' (known: jsonl, doccano, spacy, csv, brat, conll, xmi, labelstudio)\n");

        err.getBuffer().setLength(0);
        assertThat(run("export", "--format", "jsonl", "--gold", "--annotator", "anna")).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("veritag: --gold and --annotator cannot be combined: the gold layer is one layer of its own\n");

        err.getBuffer().setLength(0);
        assertThat(run("export", "--format", "jsonl", "--seed", "4")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: --seed only applies with --split (e.g. --split 80/10/10 --seed 42)\n");

        err.getBuffer().setLength(0);
        assertThat(run("import-annotations", "--format", "csv", "x.csv")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: format 'csv' cannot be imported (importable: jsonl, doccano, brat, xmi, labelstudio)\n");

        err.getBuffer().setLength(0);
        Path bad = Files.writeString(temp.resolve("bad.jsonl"), "{\"id\":1}\n");
        assertThat(run("import-annotations", "--format", "jsonl", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: " + bad + ":1: malformed line: \"id\" must be a string"
                + " (nothing from this file was imported)\n");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        out.getBuffer().setLength(0);
        return VeritagCommand.commandLine((db, annotator) -> { }, io.veritag.service.Workspace::open)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }

    private static Path golden() {
        try {
            return Path.of(DatasetCommandsTest.class.getResource("/io/veritag/io/jsonl/input.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
