package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ArticleSummary;
import io.veritag.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder imports skip what is hidden, say what they do not follow or rename, and check sizes before the database. */
class HostileImportTest {
    @TempDir
    Path temp;
    private Database database;
    private ImportService imports;

    @BeforeEach
    void open() {
        database = io.veritag.testing.TestDatabase.fresh();
        imports = new ImportService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> ids() {
        return database.store().articles().summaries().stream().map(ArticleSummary::externalId).sorted().toList();
    }

    @Test
    void hiddenFoldersAreSkippedAndSymbolicLinksNamedNotFollowed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve("kept.txt"), "The mayor said so.");
        Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(folder.resolve(".git/objects/secret.txt"), "A file from git.");
        Files.createDirectories(folder.resolve(".export.partial-0123abcd"));
        Files.writeString(folder.resolve(".export.partial-0123abcd/half.jsonl"), "{\"text\":\"half an export\"}\n");
        Path outside = Files.writeString(temp.resolve("outside.txt"), "Somebody else's file.");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), outside);

        ImportSummary summary = imports.importPaths(List.of(folder), Progress.NONE);

        assertThat(ids()).containsExactly("kept");
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.notices()).containsExactly(link + ": symbolic link not followed");
    }

    @Test
    void duplicateIdsWithinOneImportAreImportedUnderANewIdAndSaidSo() throws Exception {
        Path file = Files.writeString(temp.resolve("dup.jsonl"), "{\"id\":\"x\",\"text\":\"First text.\"}\n"
                + "{\"id\":\"x\",\"text\":\"Second text.\"}\n");
        ImportSummary summary = imports.importPaths(List.of(file), Progress.NONE);
        assertThat(ids()).containsExactly("x", "x-2");
        assertThat(summary.notices()).containsExactly(
                file + ": id 'x' is taken by another article with a different text: imported as 'x-2'");
    }

    @Test
    void overLongFieldsAreRefusedWithFileAndLineBeforeTheDatabase() throws Exception {
        Path file = Files.writeString(temp.resolve("long.jsonl"), "{\"id\":\"ok\",\"text\":\"Fine.\"}\n"
                + "{\"id\":\"t\",\"title\":\"" + "t".repeat(501) + "\",\"text\":\"Long title.\"}\n"
                + "{\"id\":\"u\",\"url\":\"" + "u".repeat(2001) + "\",\"text\":\"Long url.\"}\n");
        ImportSummary summary = imports.importPaths(List.of(file), Progress.NONE);
        assertThat(summary.errors()).containsExactly(file + ":2: \"title\" is longer than 500 characters");
        assertThat(ids()).isEmpty();

        Files.writeString(file, "{\"id\":\"" + "i".repeat(256) + "\",\"text\":\"Long id.\"}\n");
        assertThat(imports.importPaths(List.of(file), Progress.NONE).errors())
                .containsExactly(file + ":1: \"id\" is longer than 255 characters");
        Files.writeString(file, "{\"id\":\"s\",\"source\":\"" + "s".repeat(256) + "\",\"text\":\"Long source.\"}\n");
        assertThat(imports.importPaths(List.of(file), Progress.NONE).errors())
                .containsExactly(file + ":1: \"source\" is longer than 255 characters");
    }
}
