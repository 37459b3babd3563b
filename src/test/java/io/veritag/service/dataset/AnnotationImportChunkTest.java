package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.io.DatasetFormats;
import io.veritag.io.TextHash;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries to break the chunked annotation import (500 documents a chunk): a bad line in the third chunk, one
 * annotator's document of an article met again inside a chunk and in a later one, spans stored before the import,
 * articles the file creates, the same file imported twice. Offsets are code points in the file (every text starts
 * with a flag, two code points and four UTF-16 units).
 */
class AnnotationImportChunkTest {
    private static final int CHUNK = 500;
    private static final int ARTICLES = 2 * CHUNK + 200;

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
        List<NewArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(new NewArticle("n" + i, "T", null, null, null, text(i)));
        }
        store.inTransaction(tx -> {
            tx.articles().insertAll(articles, articles.stream().map(a -> TextHash.sha256(a.text())).toList());
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Article i's text: a flag, then words w0 … w9 tagged with i ({@code w3x12}). */
    private static String text(int i) {
        StringBuilder text = new StringBuilder("🇺🇦");
        for (int word = 0; word < 10; word++) {
            text.append(' ').append('w').append(word).append('x').append(i);
        }
        return text.toString();
    }

    /** A document of article {@code id} with {@code text}: each word number in {@code words} a CLAIM span. */
    private static String document(String id, String text, String annotator, String status, int... words) {
        StringBuilder spans = new StringBuilder();
        for (int word : words) {
            String token = java.util.Arrays.stream(text.split(" ")).filter(t -> t.startsWith("w" + word + "x"))
                    .findFirst().orElseThrow();
            int utf16 = text.indexOf(token);
            int start = text.codePointCount(0, utf16);
            int end = start + token.codePointCount(0, token.length());
            spans.append(spans.isEmpty() ? "" : ",").append("{\"start\":").append(start).append(",\"end\":").append(end)
                    .append(",\"label\":\"CLAIM\",\"text\":\"").append(token).append("\"}");
        }
        return "{\"id\":\"" + id + "\",\"title\":\"T\",\"text\":\"" + text + "\",\"annotator\":\"" + annotator
                + "\",\"status\":\"" + status + "\",\"spans\":[" + spans + "]}";
    }

    private static String document(int article, String annotator, String status, int... words) {
        return document("n" + article, text(article), annotator, status, words);
    }

    /** One document for each stored article (anna, words 0 and 1, done). */
    private static List<String> base() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(document(i, "anna", "done", 0, 1));
        }
        return lines;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private AnnotationImportSummary importJsonl(Path file) {
        return service.importAnnotations(DatasetFormats.require("jsonl"), file, Progress.NONE);
    }

    /** Starts (UTF-16) of one annotator's spans in one article, in order. */
    private List<Integer> starts(String externalId, String annotator) {
        long article = store.articles().byExternalId(externalId).orElseThrow().id();
        long annotatorId = store.annotators().byName(annotator).orElseThrow().id();
        return store.spans().forArticle(article, annotatorId).stream().map(Span::start).toList();
    }

    private ArticleStatus status(String externalId, String annotator) {
        return store.statuses().get(store.articles().byExternalId(externalId).orElseThrow().id(),
                store.annotators().byName(annotator).orElseThrow().id());
    }

    /** UTF-16 start of word {@code word} in article i's text. */
    private static int utf16Start(int article, int word) {
        return text(article).indexOf(" w" + word + "x" + article) + 1;
    }

    @Test
    void aBadLineInTheThirdChunkLeavesNothingOfTheFile() throws IOException {
        List<String> lines = base();
        int bad = 2 * CHUNK + 101; // 1-based, inside the third chunk
        lines.set(bad - 1, document("n7", text(7) + " changed", "anna", "done", 0));
        Path file = write("bad.jsonl", lines);

        AnnotationImportSummary summary = importJsonl(file);

        assertThat(summary.errors()).singleElement().asString().startsWith(file + ":" + bad + ":")
                .contains("the text of article 'n7' differs from the text stored under that id").doesNotContain("\n");
        assertThat(summary.filesImported()).isZero();
        assertThat(store.spans().count()).as("two chunks were written before the bad line; none may stay").isZero();
        assertThat(store.statuses().all()).isEmpty();
        assertThat(store.annotators().byName("anna")).isEmpty();
    }

    @Test
    void aLayerMetAgainInsideAChunkAndInALaterOneIsNeitherDoubledNorLost() throws IOException {
        store.inTransaction(tx -> {
            long boris = tx.annotators().getOrCreate("boris").id();
            long n4 = tx.articles().byExternalId("n4").orElseThrow().id();
            tx.spans().insert(n4, boris, utf16Start(4, 2), utf16Start(4, 2) + 4, "CLAIM", null);
            tx.statuses().set(n4, boris, ArticleStatus.DONE);
        });
        List<String> lines = base();
        lines.add(10, document(3, "anna", "in_progress", 1, 2));          // same chunk as n3's first: adds w2
        lines.add(CHUNK + 200, document(3, "anna", "done", 2, 3, 4));     // a later chunk: adds w3, w4
        lines.add(CHUNK + 210, document(3, "anna", "in_progress", 4));    // the last status wins
        lines.add(20, document(4, "boris", "in_progress", 2, 5));         // w2 stored before: adds w5
        String fresh = "🇺🇦 a new text w0xnew w1xnew w2xnew";
        lines.add(30, document("new", fresh, "anna", "in_progress", 0)); // created by the file
        lines.add(31, document("new", fresh, "boris", "done", 1));
        lines.add(32, document("new", fresh, "anna", "done", 0, 2));      // same chunk: adds w2 only
        lines.add(CHUNK + 400, document("new", fresh, "anna", "done", 1, 2)); // later chunk: adds w1 only
        Path file = write("layers.jsonl", lines);

        AnnotationImportSummary summary = importJsonl(file);

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.documents()).isEqualTo(lines.size());
        assertThat(summary.articlesCreated()).isEqualTo(1);
        int fileSpans = ARTICLES * 2 + 2 + 3 + 1 + 2 + 1 + 1 + 2 + 2;
        int present = 3 + 1 + 2; // n3: w1, w2, w4; n4: w2 (stored before); new by anna: w0, then w2
        assertThat(summary.spansAdded() + summary.spansAlreadyPresent()).isEqualTo(fileSpans);
        assertThat(starts("n3", "anna")).containsExactly(utf16Start(3, 0), utf16Start(3, 1), utf16Start(3, 2),
                utf16Start(3, 3), utf16Start(3, 4));
        assertThat(status("n3", "anna")).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(starts("n4", "boris")).containsExactly(utf16Start(4, 2), utf16Start(4, 5));
        assertThat(status("n4", "boris")).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(starts("new", "anna")).containsExactly(fresh.indexOf("w0xnew"), fresh.indexOf("w1xnew"),
                fresh.indexOf("w2xnew"));
        assertThat(status("new", "anna")).isEqualTo(ArticleStatus.DONE);
        assertThat(starts("new", "boris")).containsExactly(fresh.indexOf("w1xnew"));
        assertThat(status("new", "boris")).isEqualTo(ArticleStatus.DONE);
        assertThat(starts("n5", "anna")).containsExactly(utf16Start(5, 0), utf16Start(5, 1));
        assertThat(utf16Start(5, 0)).as("the flag is four UTF-16 units, two code points").isEqualTo(5);
        int storedSpans = store.spans().count();
        assertThat(storedSpans).isEqualTo(1 + summary.spansAdded());
        assertThat(summary.spansAdded()).isEqualTo(ARTICLES * 2 + 3 + 1 + 3 + 1);
        assertThat(summary.spansAlreadyPresent()).isEqualTo(present);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        List<String> lines = base();
        lines.add(CHUNK + 5, document(8, "boris", "in_progress", 3));
        lines.add(document("new", "🇺🇦 one more text w0xmore w1xmore", "carla", "done", 1));
        Path file = write("twice.jsonl", lines);
        AnnotationImportSummary first = importJsonl(file);
        int spans = store.spans().count();
        Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().all();

        AnnotationImportSummary again = importJsonl(file);

        assertThat(first.errors()).isEmpty();
        assertThat(again.errors()).isEmpty();
        assertThat(again.articlesCreated()).isZero();
        assertThat(again.spansAdded()).isZero();
        assertThat(again.spansAlreadyPresent()).isEqualTo(first.spansAdded()).isEqualTo(ARTICLES * 2 + 2);
        assertThat(store.spans().count()).isEqualTo(spans);
        assertThat(store.statuses().all()).isEqualTo(statuses);
        assertThat(starts("n8", "boris")).containsExactly(utf16Start(8, 3));
        assertThat(store.articles().count()).isEqualTo(ARTICLES + 1);
        assertThat(List.of(status("n8", "boris"), status("new", "carla")))
                .containsExactly(ArticleStatus.IN_PROGRESS, ArticleStatus.DONE);
        assertThat(again.documents()).isEqualTo(lines.size());
        assertThat(tuple(again.filesImported(), first.filesImported())).isEqualTo(tuple(1, 1));
    }
}
