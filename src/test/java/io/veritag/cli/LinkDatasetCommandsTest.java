package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veritag import-annotations} and {@code veritag export} with sources, links and flags, as a user runs them. */
class LinkDatasetCommandsTest {
    /** "🇺🇦 Officials deny it; Kherson fell." with a source (official), an unsure denial said by it, denying the claim. */
    static final String LINE = "{\"id\":\"k\",\"text\":\"🇺🇦 Officials deny it; Kherson fell.\",\"annotator\":\"anna\","
            + "\"status\":\"done\",\"spans\":["
            + "{\"id\":\"src\",\"start\":3,\"end\":12,\"label\":\"SOURCE\",\"text\":\"Officials\",\"source_type\":\"official\"},"
            + "{\"id\":\"den\",\"start\":13,\"end\":20,\"label\":\"DENIAL\",\"text\":\"deny it\",\"unsure\":true,\"note\":\"\\u001b[2J <b>x</b>\"},"
            + "{\"id\":\"cl\",\"start\":22,\"end\":34,\"label\":\"CLAIM\",\"text\":\"Kherson fell\"}],"
            + "\"links\":[{\"type\":\"DENIES\",\"from\":\"den\",\"to\":\"cl\"},{\"type\":\"SAID_BY\",\"from\":\"den\",\"to\":\"src\"}]}\n";

    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsLinksAndExportsThemAsJsonlAndBrat() throws Exception {
        String db = io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag");
        Path in = Files.writeString(temp.resolve("in.jsonl"), LINE);
        assertThat(run(db, "import-annotations", "--format", "jsonl", in.toString())).isZero();
        assertThat(out.toString()).isEqualTo("Imported 1 file: 1 document, 3 spans added (0 already present), 1 article created\n"
                + "  2 links added (0 already present)\n");

        assertThat(run(db, "export", "--format", "jsonl", "--out", temp.resolve("jsonl").toString())).isZero();
        assertThat(out.toString()).contains("labels: CLAIM 1, DENIAL 1, SPECULATION 0, SOURCE 1");
        assertThat(Files.readString(temp.resolve("jsonl/data.jsonl"))).endsWith("\"spans\":["
                + "{\"id\":\"s1\",\"start\":3,\"end\":12,\"label\":\"SOURCE\",\"text\":\"Officials\",\"note\":null,\"source_type\":\"OFFICIAL\",\"unsure\":false},"
                + "{\"id\":\"s2\",\"start\":13,\"end\":20,\"label\":\"DENIAL\",\"text\":\"deny it\",\"note\":\"\\u001B[2J <b>x</b>\",\"source_type\":null,\"unsure\":true},"
                + "{\"id\":\"s3\",\"start\":22,\"end\":34,\"label\":\"CLAIM\",\"text\":\"Kherson fell\",\"note\":null,\"source_type\":null,\"unsure\":false}],"
                + "\"links\":[{\"type\":\"SAID_BY\",\"from\":\"s2\",\"to\":\"s1\"},{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s3\"}]}\n");

        assertThat(run(db, "export", "--format", "brat", "--out", temp.resolve("brat").toString())).isZero();
        assertThat(Files.readString(temp.resolve("brat/anna/k.ann"))).isEqualTo(
                "T1\tSOURCE 3 12\tOfficials\n"
                + "T2\tDENIAL 13 20\tdeny it\n"
                + "T3\tCLAIM 22 34\tKherson fell\n"
                + "R1\tSaidBy Arg1:T2 Arg2:T1\n"
                + "R2\tDenies Arg1:T2 Arg2:T3\n"
                + "A1\tSourceType T1 OFFICIAL\n"
                + "A2\tUnsure T2\n"
                + "#2\tAnnotatorNotes T2\t\u001B[2J <b>x</b>\n");

        assertThat(run(db, "export", "--format", "conll", "--out", temp.resolve("conll").toString())).isZero();
        assertThat(out.toString()).contains("left out or changed: 2 links (said by, denies, hedges), which this format cannot hold",
                "left out or changed: 1 source types of SOURCE spans, which this format cannot hold",
                "left out or changed: 1 unsure flags on spans, which this format cannot hold");
        assertThat(Files.readString(temp.resolve("conll/manifest.json"))).contains(
                "  \"cannot_carry\" : [\n    \"links\",\n    \"source_types\",\n    \"unsure_flags\"\n  ],\n",
                "\"links_not_carried\" : 2");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportImportIntoAnEmptyDatabaseExportGivesTheSameBytes() throws Exception {
        // each database is finished with before the next is asked for (on PostgreSQL, asking drops unused ones)
        String first = io.veritag.testing.TestDatabase.location(temp.resolve("first"), "veritag");
        assertThat(run(first, "import-annotations", "--format", "jsonl", Files.writeString(temp.resolve("in.jsonl"), LINE).toString()))
                .as(err.toString()).isZero();
        for (String format : java.util.List.of("jsonl", "brat")) {
            assertThat(run(first, "export", "--format", format, "--out", temp.resolve(format + "-one").toString())).isZero();
        }
        for (String format : java.util.List.of("jsonl", "brat")) {
            Path one = temp.resolve(format + "-one");
            Path two = temp.resolve(format + "-two");
            String empty = io.veritag.testing.TestDatabase.location(temp.resolve(format + "-db"), "veritag");
            assertThat(run(empty, "import-annotations", "--format", format,
                    format.equals("jsonl") ? one.resolve("data.jsonl").toString() : one.toString())).as(format + ": " + err).isZero();
            assertThat(out.toString()).contains("2 links added");
            assertThat(run(empty, "export", "--format", format, "--out", two.toString())).isZero();
            try (var files = Files.walk(one)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("manifest.json")).toList()) {
                    assertThat(two.resolve(one.relativize(file))).as(format + " " + one.relativize(file)).hasSameBinaryContentAs(file);
                }
            }
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLinkToASpanNotInTheLineRefusesTheFileInOneLine() throws Exception {
        String db = io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag");
        Path bad = Files.writeString(temp.resolve("bad.jsonl"), LINE.replace(",\"to\":\"cl\"}", ",\"to\":\"nope\"}"));
        assertThat(run(db, "import-annotations", "--format", "jsonl", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: " + bad + ":1: link 1: \"to\" names span id \"nope\", which no span "
                + "of this line has (nothing from this file was imported)\n");
        assertThat(run(db, "export", "--format", "jsonl", "--all-status", "--out", temp.resolve("out").toString())).isZero();
        assertThat(out.toString()).startsWith("Exported 0 articles");
    }

    private int run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        out.getBuffer().setLength(0);
        return VeritagCommand.commandLine((ignored, annotator) -> { }, io.veritag.service.Workspace::open)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }
}
