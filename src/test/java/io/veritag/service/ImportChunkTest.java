package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.io.TextHash;
import io.veritag.model.ArticleSummary;
import io.veritag.model.NearDuplicate;
import io.veritag.model.NewArticle;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries to break the chunked import ({@link ImportChunk}, {@value ImportChunk#MAX_ARTICLES} articles a chunk): a bad
 * line in a later chunk, duplicates of text and of id inside one chunk and across chunks, near-duplicates on both
 * sides of a chunk's edge, a file imported twice. What is stored must be what one article at a time stores.
 */
class ImportChunkTest {
    private static final int CHUNK = ImportChunk.MAX_ARTICLES;

    @TempDir
    Path temp;
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

    /** One article a line: id and text. */
    private record Line(String id, String text) {
        String json() {
            return "{\"id\":\"" + id + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\"}";
        }
    }

    /** A text no other generated text resembles (random words), with an emoji so that nothing is plain ASCII. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder("🇺🇦");
        for (int i = 0; i < 40; i++) {
            text.append(' ').append("w").append(random.nextInt(1_000_000));
        }
        return text.toString();
    }

    private static List<Line> distinctLines(int count, long seed) {
        Random random = new Random(seed);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new Line("n" + i, text(random)));
        }
        return lines;
    }

    private Path write(String name, List<Line> lines) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, lines.stream().map(Line::json).toList());
        return file;
    }

    /** What importing these lines one at a time, in order, stores: the external ids, in import order. */
    private static List<String> oneAtATime(List<Line> lines, Set<String> storedTexts, Set<String> storedIds) {
        Set<String> texts = new HashSet<>(storedTexts);
        Set<String> ids = new HashSet<>(storedIds);
        List<String> imported = new ArrayList<>();
        for (Line line : lines) {
            if (!texts.add(TextHash.sha256(line.text()))) {
                continue;
            }
            String id = line.id();
            for (int n = 2; ids.contains(id); n++) {
                id = line.id() + "-" + n;
            }
            ids.add(id);
            imported.add(id);
        }
        return imported;
    }

    private List<String> storedIds() {
        return store.articles().summaries().stream().map(ArticleSummary::externalId).toList();
    }

    @Test
    void aBadLineInTheThirdChunkLeavesNothingOfTheFile() throws IOException {
        store.inTransaction(tx -> {
            tx.articles().insert(new NewArticle("before", "t", null, null, null, "stored before the import"),
                    TextHash.sha256("stored before the import"));
        });
        List<Line> articles = distinctLines(2 * CHUNK + 200, 1);
        articles.set(6, new Line("near", articles.get(5).text() + " w9")); // a pair in the first chunk, rolled back too
        List<String> lines = new ArrayList<>(articles.stream().map(Line::json).toList());
        int bad = 2 * CHUNK + 101; // 1-based line number, inside the third chunk
        lines.set(bad - 1, "{\"id\":\"broken\",\"text\":");
        Path file = temp.resolve("third-chunk.jsonl");
        Files.write(file, lines);

        ImportSummary summary = service.importPaths(List.of(file), Progress.NONE);

        assertThat(summary.imported()).isZero();
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().asString()
                .startsWith(file + ":" + bad + ":").doesNotContain("\n");
        assertThat(storedIds()).as("two whole chunks were written before the bad line; none may stay")
                .containsExactly("before");
        assertThat(store.nearDuplicates().unindexed()).as("no bands of rolled-back articles, nothing half-indexed")
                .hasSize(1);
        assertThat(store.nearDuplicates().pairs()).isEmpty();
    }

    @Test
    void duplicatesOfTextAndIdInsideAChunkAndAcrossChunksAreWhatOneAtATimeGives() throws IOException {
        String storedText = "a text stored before the import, and met again in the file";
        store.inTransaction(tx -> {
            tx.articles().insert(new NewArticle("pre", "t", null, null, null, storedText), TextHash.sha256(storedText));
        });
        List<Line> lines = distinctLines(2 * CHUNK + 100, 2);
        lines.set(10, new Line("n10", lines.get(3).text()));              // same text, same chunk: skipped
        lines.set(CHUNK + 200, new Line("x", lines.get(5).text()));       // same text, next chunk: skipped
        lines.set(20, new Line("n2", lines.get(20).text()));              // same id, same chunk: n2-2
        lines.set(CHUNK + 300, new Line("n2", lines.get(CHUNK + 300).text())); // same id, next chunk: n2-3
        lines.set(30, new Line("n2-2", lines.get(30).text()));            // the suffix given above: n2-2-2
        lines.set(40, new Line("n3", lines.get(3).text()));               // same id and text: skipped
        lines.set(2 * CHUNK + 10, new Line("y", storedText));             // text stored before: skipped
        lines.set(2 * CHUNK + 20, new Line("pre", lines.get(2 * CHUNK + 20).text())); // id stored before: pre-2
        lines.set(2 * CHUNK + 30, new Line("pre-2", lines.get(2 * CHUNK + 30).text())); // pre-2-2
        lines.set(CHUNK - 1, new Line("edge", lines.get(CHUNK - 1).text()));
        lines.set(CHUNK, new Line("edge", lines.get(CHUNK).text()));      // across the edge: edge-2
        List<String> expected = new ArrayList<>(List.of("pre"));
        expected.addAll(oneAtATime(lines, Set.of(TextHash.sha256(storedText)), Set.of("pre")));

        ImportSummary summary = service.importPaths(List.of(write("dups.jsonl", lines)), Progress.NONE);

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.skipped()).isEqualTo(4);
        assertThat(summary.imported()).isEqualTo(lines.size() - 4);
        assertThat(storedIds()).isEqualTo(expected)
                .contains("n2-2", "n2-3", "n2-2-2", "pre-2", "pre-2-2", "edge", "edge-2").doesNotContain("x", "y");
        assertThat(summary.notices()).filteredOn(notice -> notice.contains("is taken by"))
                .extracting(notice -> notice.substring(notice.indexOf("imported as")))
                .containsExactly("imported as 'n2-2'", "imported as 'n2-2-2'", "imported as 'edge-2'",
                        "imported as 'n2-3'", "imported as 'pre-2'", "imported as 'pre-2-2'");
        for (String id : List.of("n2-3", "edge-2", "n5")) {
            assertThat(store.origins().get(store.articles().byExternalId(id).orElseThrow().id()).orElseThrow().fileName())
                    .isEqualTo("dups.jsonl");
        }
        assertThat(store.articles().byExternalId("n2-3").orElseThrow().text()).isEqualTo(lines.get(CHUNK + 300).text());
    }

    @Test
    void nearDuplicatesAreFoundInsideAChunkAndAcrossItsEdgeAsOneAtATime() throws IOException {
        List<Line> lines = distinctLines(CHUNK + 100, 3);
        lines.set(101, new Line("near-inside", lines.get(100).text() + " w1"));
        lines.set(CHUNK + 1, new Line("near-across", lines.get(CHUNK - 2).text().replaceFirst(" w", " v")));
        lines.set(CHUNK + 50, new Line("near-both", lines.get(100).text() + " w2"));

        ImportSummary summary = service.importPaths(List.of(write("near.jsonl", lines)), Progress.NONE);

        assertThat(summary.errors()).isEmpty();
        assertThat(store.nearDuplicates().pairs())
                .extracting(p -> p.article().externalId(), p -> p.similar().externalId())
                .containsExactly(tuple("near-inside", "n100"), tuple("near-across", "n" + (CHUNK - 2)),
                        tuple("near-both", "n100"), tuple("near-both", "near-inside"));
        assertThat(summary.notices()).filteredOn(notice -> notice.contains("near-duplicate")).satisfiesExactly(
                notice -> assertThat(notice).startsWith(temp.resolve("near.jsonl") + ": 'near-inside' is a "
                        + "near-duplicate of 'n100' (").endsWith("% of word shingles shared): both kept"),
                notice -> assertThat(notice).contains(": 'near-across' is a near-duplicate of 'n" + (CHUNK - 2) + "' (")
                        .endsWith("% of word shingles shared): both kept"),
                notice -> assertThat(notice).contains(": 'near-both' is a near-duplicate of 'n100' (")
                        .contains(") and of 1 more stored articles (veritag articles --near-duplicates lists them)"));
        assertThat(store.nearDuplicates().unindexed()).isEmpty();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        List<Line> lines = distinctLines(2 * CHUNK + 50, 4);
        lines.set(7, new Line("near", lines.get(6).text() + " w3"));
        Path file = write("again.jsonl", lines);
        ImportSummary first = service.importPaths(List.of(file), Progress.NONE);
        List<String> ids = storedIds();
        List<NearDuplicate> pairs = store.nearDuplicates().pairs();

        ImportSummary again = service.importPaths(List.of(file), Progress.NONE);

        assertThat(first.imported()).isEqualTo(lines.size());
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(lines.size());
        assertThat(again.errors()).isEmpty();
        assertThat(again.notices()).isEmpty();
        assertThat(storedIds()).isEqualTo(ids);
        assertThat(store.nearDuplicates().pairs()).isEqualTo(pairs).hasSize(1);
    }
}
