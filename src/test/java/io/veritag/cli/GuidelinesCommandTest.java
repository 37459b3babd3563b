package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Article;
import io.veritag.model.Guideline;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veritag guidelines}: every edit is a new version, and new spans carry the version in force. */
class GuidelinesCommandTest {
    @TempDir
    Path dir;
    private String db;
    private CommandRun cli;

    @BeforeEach
    void create() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        try (Database database = Database.open(db)) {
            database.store().articles().insert(new NewArticle("a1", "Bridge", "Outlet", null, null,
                    "The mayor said the bridge is safe."), "sha-1");
        }
        cli = new CommandRun(db);
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void eachSetIsANewVersionAndTheOldOnesStay() throws Exception {
        Path first = file("claim.txt", "Mark the checkable assertion.\nNot the attribution.\n");
        Path second = file("claim2.txt", "Mark the checkable assertion, numbers included.");

        assertThat(cli.run("guidelines", "set", "claim", "--file", first.toString(), "--author", "olga")).isZero();
        assertThat(cli.out()).isEqualTo("Saved CLAIM version 2 by olga.\n");
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", second.toString(), "--author", "petro")).isZero();
        assertThat(cli.out()).isEqualTo("Saved CLAIM version 3 by petro.\n");

        assertThat(cli.run("guidelines", "history", "CLAIM")).isZero();
        assertThat(cli.out()).contains("CLAIM version 1 (Veritag, 2026-11-30 00:00)")
                .contains("CLAIM version 2 (olga, ").contains("    Mark the checkable assertion.\n    Not the attribution.\n")
                .contains("CLAIM version 3 (petro, ");
        assertThat(cli.run("guidelines")).isZero();
        assertThat(cli.out()).contains("CLAIM version 3 (petro, ").doesNotContain("CLAIM version 2")
                .contains("DENIES version 1 (Veritag, ");
        try (Database database = Database.open(db)) {
            List<Guideline> versions = database.store().guidelines().history("CLAIM");
            assertThat(versions).extracting(Guideline::version).containsExactly(1, 2, 3);
            assertThat(versions.get(1).text()).isEqualTo("Mark the checkable assertion.\nNot the attribution.");
        }
    }

    @Test
    void aSpanMadeAfterAnEditCarriesTheNewVersion() throws Exception {
        Path text = file("denies.txt", "Link a denial to the claim it rejects.");
        Span before;
        Span after;
        try (Workspace workspace = Workspace.open(db)) {
            var labeling = workspace.labeling(workspace.catalog().annotator("anna"));
            Article article = labeling.open(labeling.overview().get(0).id()).article();
            before = labeling.createSpan(article, 0, 9, "CLAIM", false).added().get(0);
        }
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", text.toString(), "--author", "olga")).isZero();
        try (Workspace workspace = Workspace.open(db)) {
            var labeling = workspace.labeling(workspace.catalog().annotator("anna"));
            Article article = labeling.open(labeling.overview().get(0).id()).article();
            after = labeling.createSpan(article, 15, 33, "CLAIM", false).added().get(0);
        }

        assertThat(before.guidelineVersion()).isEqualTo(1);
        assertThat(after.guidelineVersion()).isEqualTo(2);
    }

    @Test
    void badInputIsOneLineAndSavesNothing() throws Exception {
        Path empty = file("empty.txt", "  \n");
        Path same = file("same.txt", "From a SPECULATION to the specific CLAIM it qualifies.");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});

        assertThat(cli.run("guidelines", "set", "RUMOUR", "--file", same.toString(), "--author", "olga")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: no guideline subject 'RUMOUR' (subjects: CLAIM, DENIAL, SPECULATION, SOURCE, "
                + "SAID_BY, DENIES, HEDGES)").hasLineCount(1);
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", empty.toString(), "--author", "olga")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: the guideline text for CLAIM is empty\n");
        assertThat(cli.run("guidelines", "set", "HEDGES", "--file", same.toString(), "--author", "olga")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: the text is the same as HEDGES version 1: nothing saved\n");
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", latin1.toString(), "--author", "olga")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: " + latin1 + ": not UTF-8 text\n");
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", dir.resolve("nope.txt").toString(), "--author", "olga"))
                .isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: " + dir.resolve("nope.txt") + ": no such file\n");
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", same.toString(), "--author", " ")).isEqualTo(1);
        assertThat(cli.err()).hasLineCount(1);
        Path huge = file("huge.txt", "x".repeat(8001));
        assertThat(cli.run("guidelines", "set", "CLAIM", "--file", huge.toString(), "--author", "olga")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: the guideline text for CLAIM has 8001 characters, at most 8000 fit\n");

        try (Database database = Database.open(db)) {
            assertThat(database.store().guidelines().current()).allSatisfy(g -> assertThat(g.version()).isEqualTo(1));
        }
    }
}
