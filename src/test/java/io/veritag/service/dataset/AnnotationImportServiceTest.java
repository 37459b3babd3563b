package io.veritag.service.dataset;

import io.veritag.service.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.io.DatasetFormats;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotationImportServiceTest {
    private static final String GOOD = "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Free 🇺🇦 Kherson\",\"annotator\":\"anna\","
            + "\"status\":\"in_progress\",\"spans\":[{\"start\":5,\"end\":15,\"label\":\"CLAIM\",\"text\":\"🇺🇦 Kherson\",\"note\":\"n\"}]}";
    private static final String SECOND = "{\"id\":\"b\",\"text\":\"Officials deny it.\",\"annotator\":\"ben\",\"status\":\"done\","
            + "\"spans\":[{\"start\":10,\"end\":14,\"label\":\"DENIAL\",\"text\":\"deny\"}]}";

    @TempDir
    Path temp;
    private Database database;
    private Store store;
    private AnnotationImportService service;

    @BeforeEach
    void open() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        service = new AnnotationImportService(store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsMissingArticlesAddsSpansAndSetsTheStatus() throws IOException {
        AnnotationImportSummary summary = importJsonl(write("in.jsonl", GOOD, SECOND));
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.articlesCreated()).isEqualTo(2);
        assertThat(summary.spansAdded()).isEqualTo(2);

        long a = store.articles().byExternalId("a").orElseThrow().id();
        long anna = store.annotators().byName("anna").orElseThrow().id();
        assertThat(store.spans().forArticle(a, anna)).extracting(Span::start, Span::end, Span::label, Span::note)
                .containsExactly(tuple(5, 17, "CLAIM", "n"));
        assertThat(store.statuses().get(a, anna)).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(store.articles().get(a).orElseThrow().sha256()).hasSize(64);
    }

    @Test
    void importingTheSameFileAgainAddsNothingTwiceAndFollowsTheNewStatus() throws IOException {
        importJsonl(write("in.jsonl", GOOD));
        AnnotationImportSummary again = importJsonl(write("again.jsonl", GOOD.replace("in_progress", "done")));
        assertThat(again.spansAdded()).isZero();
        assertThat(again.spansAlreadyPresent()).isEqualTo(1);
        assertThat(store.spans().count()).isEqualTo(1);
        long a = store.articles().byExternalId("a").orElseThrow().id();
        assertThat(store.statuses().get(a, store.annotators().byName("anna").orElseThrow().id())).isEqualTo(ArticleStatus.DONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "malformed | {\"id\":\"c\", | malformed JSON",
            "start >= end | {\"id\":\"c\",\"text\":\"Other text\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":3,\"end\":1,\"label\":\"CLAIM\",\"text\":\"x\"}]} | span 1: start 3 >= end 1",
            "outside | {\"id\":\"c\",\"text\":\"Other text\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":3,\"end\":99,\"label\":\"CLAIM\",\"text\":\"x\"}]} | span 1: offsets [3, 99) are outside the text",
            "text mismatch | {\"id\":\"c\",\"text\":\"Other text\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"CLAIM\",\"text\":\"Otter\"}]} | span 1: span text \"Otter\" does not match",
            "unknown label | {\"id\":\"c\",\"text\":\"Other text\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"RUMOUR\",\"text\":\"Other\"}]} | span 1: unknown label 'RUMOUR'",
            "changed text | {\"id\":\"a\",\"text\":\"Free Kherson!\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[]} | the text of article 'a' differs from the text stored under that id",
            "same text, other id | {\"id\":\"z\",\"text\":\"Free 🇺🇦 Kherson\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[]} | article 'z' has the same text as the stored article 'a'",
    })
    void refusesTheWholeFileAtTheFirstBadLineAndSaysWhere(String problem, String bad, String message) throws IOException {
        Path file = write("bad.jsonl", GOOD, SECOND, bad);
        AnnotationImportSummary summary = importJsonl(file);

        assertThat(summary.filesImported()).isZero();
        assertThat(summary.errors()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(file + ":3: ")
                .contains(message);
        assertThat(store.articles().count()).isZero();
        assertThat(store.spans().count()).isZero();
        assertThat(store.annotators().all()).isEmpty();
    }

    @Test
    void refusesTextsThatDifferFromStoredArticlesWithoutTouchingTheDatabase() throws IOException {
        store.articles().insert(new NewArticle("a", "T", null, null, null, "Free Kherson!"), "sha-a");
        AnnotationImportSummary summary = importJsonl(write("in.jsonl", SECOND, GOOD));
        assertThat(summary.errors()).containsExactly(temp.resolve("in.jsonl")
                + ":2: the text of article 'a' differs from the text stored under that id");
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(store.spans().count()).isZero();
        assertThat(store.annotators().all()).isEmpty();
    }

    @Test
    void importsTheGoodFilesOfAFolderAndRefusesTheBadOne() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("many"));
        Files.writeString(folder.resolve("1-good.jsonl"), GOOD + "\n");
        Files.writeString(folder.resolve("2-bad.jsonl"), SECOND + "\nnot json\n");
        AnnotationImportSummary summary = importJsonl(folder);
        assertThat(summary.filesImported()).isEqualTo(1);
        assertThat(summary.errors()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(folder.resolve("2-bad.jsonl") + ":2: malformed JSON");
        assertThat(store.articles().byExternalId("a")).isPresent();
        assertThat(store.articles().byExternalId("b")).isEmpty();
    }

    @Test
    void aBratFileWithABadLineImportsNothingFromThatFile() throws IOException {
        Path anna = Files.createDirectories(temp.resolve("brat/anna"));
        Files.writeString(anna.resolve("x.txt"), "Kherson is free.");
        Files.writeString(anna.resolve("x.ann"), "T1\tCLAIM 0 7\tKherson\nT2\tCLAIM 8 10\tXX\n");
        Files.writeString(anna.resolve("y.txt"), "Officials deny it.");
        Files.writeString(anna.resolve("y.ann"), "T1\tDENIAL 10 14\tdeny\n");
        AnnotationImportSummary summary = service.importAnnotations(DatasetFormats.require("brat"), temp.resolve("brat"), Progress.NONE);
        assertThat(summary.errors()).containsExactly(anna.resolve("x.ann")
                + ":2: span text \"XX\" does not match the article text at [8, 10): \"is\"");
        assertThat(summary.filesImported()).isEqualTo(1);
        assertThat(store.articles().summaries()).extracting(s -> s.externalId()).containsExactly("y");
    }

    private AnnotationImportSummary importJsonl(Path path) {
        return service.importAnnotations(DatasetFormats.require("jsonl"), path, Progress.NONE);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(temp.resolve(name), String.join("\n", lines) + "\n");
    }
}
