package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.TextHash;
import io.veritag.model.Article;
import io.veritag.model.ArticleSummary;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportServiceTest {
    private Database database;
    private Store store;
    private ImportService service;

    @BeforeEach
    void open() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        service = new ImportService(store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Path input(String name) {
        try {
            return Path.of(ImportServiceTest.class.getResource("/io/veritag/io/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsGoodFilesAndReportsEachBadOneWithoutStoppingTheRun() {
        ImportSummary summary = service.importPaths(List.of(input("crlf.txt"), input("invalid-utf8.txt"),
                input("binary.txt"), input("empty.txt"), input("malformed.jsonl"), input("good.jsonl"),
                input("emoji.txt"), Path.of("does/not/exist.txt")), Progress.NONE);

        assertThat(summary.imported()).isEqualTo(5);
        assertThat(summary.failed()).isEqualTo(5);
        assertThat(summary.errors()).hasSize(5).allSatisfy(e -> assertThat(e).doesNotContain("\n"))
                .anySatisfy(e -> assertThat(e).endsWith("invalid-utf8.txt: not valid UTF-8 text"))
                .anySatisfy(e -> assertThat(e).contains("malformed.jsonl:3: malformed JSON"))
                .anySatisfy(e -> assertThat(e).isEqualTo("does/not/exist.txt: no such file or folder"));
        assertThat(store.articles().summaries()).extracting(ArticleSummary::externalId)
                .containsExactly("crlf", "j1", "j2", "42", "emoji");
    }

    @Test
    void aFileWithABadLineImportsNothingAtAll() {
        ImportSummary summary = service.importPaths(List.of(input("malformed.jsonl")), Progress.NONE);
        assertThat(summary.imported()).isZero();
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(store.articles().count()).as("lines 1 and 2 were fine but must not be half-imported").isZero();
    }

    @Test
    void storesNormalisedTextWithItsHashAndLength() {
        service.importPaths(List.of(input("crlf.txt")), Progress.NONE);
        Article article = store.articles().byExternalId("crlf").orElseThrow();
        assertThat(article.text()).doesNotContain("\r");
        assertThat(article.sha256()).isEqualTo(TextHash.sha256(article.text()));
    }

    @Test
    void duplicateTextIsSkippedAndCounted() {
        service.importPaths(List.of(input("emoji.txt")), Progress.NONE);
        ImportSummary again = service.importPaths(List.of(input("emoji.txt"), input("crlf.txt")), Progress.NONE);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.describe()).isEqualTo("Imported 1 article, skipped 1 duplicate, 0 files failed.");
    }

    @Test
    void foldersAreImportedRecursivelySkippingHiddenAndOtherFiles() {
        ImportSummary summary = service.importPaths(List.of(input("folder")), Progress.NONE);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.failed()).isZero();
        assertThat(store.articles().summaries()).extracting(ArticleSummary::externalId).containsExactly("a", "b");
    }

    @Test
    void aTakenExternalIdGetsASuffix() {
        service.importPaths(List.of(input("folder/a.txt")), Progress.NONE);
        store.inTransaction(tx -> {
            tx.articles().insert(new io.veritag.model.NewArticle("emoji", "t", null, null, null, "other text"), "x");
        });
        service.importPaths(List.of(input("emoji.txt")), Progress.NONE);
        assertThat(store.articles().byExternalId("emoji-2")).isPresent();
    }

    @Test
    void importsTheBundledSamples() {
        ImportSummary summary = service.importSamples(Progress.NONE);
        assertThat(summary.imported()).isEqualTo(5);
        assertThat(store.articles().summaries()).extracting(ArticleSummary::externalId)
                .containsExactly("000_9b7bed599d2e3ec6", "001_aa7f81e907bc8426", "002_2190b3e444b61836",
                        "003_d14ddbe9530e48af", "004_f44f56fad39cf0bc");
        assertThat(store.articles().summaries().get(0).title())
                .isEqualTo("For the President of the Russian Federation, Vladimir Putin, the city of");
        assertThat(service.importSamples(Progress.NONE).skipped()).isEqualTo(5);
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasCommitted() {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterFirstFile = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 2; // so while the second file is read: it is rolled back, the first kept
            }
        };
        ImportSummary summary = service.importPaths(List.of(input("folder")), cancelAfterFirstFile);
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(summary.describe()).startsWith("Cancelled after importing 1 article");
    }
}
