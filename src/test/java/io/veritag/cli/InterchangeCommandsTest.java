package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veritag import-annotations --format labelstudio|doccano|xmi --map …} and the XMI export, as a user runs them. */
class InterchangeCommandsTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void labelStudioAndDoccanoImportWithAMapThenXmiGoesOutAndBack() throws Exception {
        String db = io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag");
        assertThat(run(db, "import-annotations", "--format", "labelstudio", "--map", "PER=SOURCE:OFFICIAL", "--map", "ORG=",
                golden("labelstudio-export.json").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Imported 1 file: 2 documents, 5 spans added (0 already present), 2 articles created\n"
                + "  ignored 5 annotations that Veritag does not use (brat events and other lines, other tools' types, "
                + "labels left out by --map)\n");
        assertThat(run(db, "import-annotations", "--format", "doccano", "--map", "PER=SOURCE,ORG=SOURCE:MEDIA",
                "--annotator", "ben", golden("doccano-export.jsonl").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Imported 1 file: 2 documents, 5 spans added (0 already present), 2 articles created\n");

        assertThat(run(db, "export", "--format", "xmi", "--all-status", "--out", temp.resolve("xmi").toString())).isZero();
        assertThat(temp.resolve("xmi/typesystem.xml")).exists();
        assertThat(Files.readString(temp.resolve("xmi/ben/5.xmi"))).contains("label=\"CLAIM\"", "documentId=\"5\"");
        String copy = io.veritag.testing.TestDatabase.location(temp.resolve("copy"), "veritag");
        assertThat(run(copy, "import-annotations", "--format", "xmi", temp.resolve("xmi").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Imported 4 files: 4 documents, 10 spans added (0 already present), 4 articles created\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownLabelsAndMisusedOptionsAreOneLine() throws Exception {
        String db = io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag");
        Path doccano = golden("doccano-export.jsonl");
        assertThat(run(db, "import-annotations", "--format", "doccano", doccano.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: " + doccano + ":1: unknown labels \"ORG\", \"PER\" (labels in this "
                + "file: \"CLAIM\", \"ORG\", \"PER\"; map them with --map NAME=LABEL onto CLAIM, DENIAL, SPECULATION, SOURCE, "
                + "or NAME= to leave them out) (nothing from this file was imported)\n");
        err.getBuffer().setLength(0);
        assertThat(run(db, "import-annotations", "--format", "doccano", "--map", "PER", doccano.toString())).isNotZero();
        assertThat(err.toString()).contains("--map entry 'PER' is not NAME=LABEL").doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run(db, "export", "--format", "labelstudio", "--out", temp.resolve("ls").toString())).isNotZero();
        assertThat(err.toString()).contains("format 'labelstudio' is imported only").doesNotContain("Exception");
    }

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(InterchangeCommandsTest.class.getResource("/io/veritag/io/interchange/" + name).toURI());
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
