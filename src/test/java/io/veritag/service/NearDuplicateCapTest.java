package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.NearDuplicate;
import io.veritag.store.Database;
import io.veritag.store.NearDuplicateStore;
import io.veritag.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of thousands of look-alike articles (one template, a few words changed, as the crash torture writes them):
 * every article nearly duplicates every other, yet each import records at most
 * {@value NearDuplicateStore#MAX_CANDIDATES} pairs, the file stays small, and a true copy among them is still
 * flagged against the very article it copies.
 */
public class NearDuplicateCapTest {
    private static final int FILES = 12;
    private static final int LINES = 100;

    @Test
    void thousandsOfLookAlikesRecordABoundedNumberOfPairsAndTrueCopiesAreStillFound(@TempDir Path folder) throws IOException {
        String location = TestDatabase.location(folder, "lookalikes");
        Random random = new Random(18);
        long started = System.nanoTime();
        try (Database database = Database.open(location)) {
            ImportService imports = new ImportService(database.store());
            for (int f = 0; f < FILES; f++) {
                Path file = folder.resolve("batch-" + f + ".jsonl");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int j = 0; j < LINES; j++) {
                        w.write("{\"id\":\"b" + f + "-" + j + "\",\"title\":\"Article " + j + "\",\"source\":\"look-alike\","
                                + "\"text\":\"" + lookAlike("b" + f, j, random) + "\"}\n");
                    }
                }
                long batchStarted = System.nanoTime();
                ImportSummary summary = imports.importPaths(List.of(file), Progress.NONE);
                if (f == 0 || f == FILES - 1) { // linear, not quadratic: the last batch costs about what the first did
                    System.out.printf("near-duplicate cap: batch %d of %d look-alikes imported in %.1f s%n", f + 1, LINES,
                            (System.nanoTime() - batchStarted) / 1e9);
                }
                assertThat(summary.imported()).isEqualTo(LINES);
                assertThat(summary.notices()).as("one line per article, not one per pair").hasSizeLessThanOrEqualTo(LINES);
                if (f == FILES - 1) {
                    assertThat(summary.notices()).anyMatch(n -> n.contains(" more stored articles"));
                }
                Files.delete(file);
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            ArticleOriginService origins = new ArticleOriginService(database.store());
            List<NearDuplicate> pairs = origins.nearDuplicates();
            Map<Long, Long> perArticle = pairs.stream()
                    .collect(Collectors.groupingBy(p -> p.article().id(), Collectors.counting()));
            assertThat(perArticle.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(NearDuplicateStore.MAX_CANDIDATES));
            assertThat(pairs).as("they do look alike: the later ones meet the cap")
                    .hasSizeGreaterThan(FILES * LINES * NearDuplicateStore.MAX_CANDIDATES / 2)
                    .hasSizeLessThanOrEqualTo(FILES * LINES * NearDuplicateStore.MAX_CANDIDATES);

            // a true copy of one look-alike in the middle, under another headline, is compared with that one
            String copied = database.store().articles().byExternalId("b7-50").orElseThrow().text();
            Path copy = folder.resolve("copy.jsonl");
            Files.writeString(copy, "{\"id\":\"copy-of-b7-50\",\"text\":\"Another outlet's headline. "
                    + copied.replace("\"", "\\\"") + "\"}\n");
            ImportSummary copySummary = imports.importPaths(List.of(copy), Progress.NONE);
            assertThat(copySummary.notices()).singleElement().satisfies(n -> assertThat(n)
                    .contains("'copy-of-b7-50' is a near-duplicate of 'b7-50' ("));
            assertThat(origins.nearDuplicates()).filteredOn(p -> p.article().externalId().equals("copy-of-b7-50"))
                    .hasSizeBetween(1, NearDuplicateStore.MAX_CANDIDATES)
                    .anySatisfy(p -> assertThat(p.similar().externalId()).isEqualTo("b7-50"));

            // and the same wire story in two outlets still meets its twin among the look-alikes
            Files.writeString(folder.resolve("wire.txt"), "Energy strikes\n\n" + NearDuplicateImportTest.WIRE_BODY);
            Files.writeString(folder.resolve("daily.txt"), "Blackouts across Ukraine after overnight barrage\n\n"
                    + NearDuplicateImportTest.WIRE_BODY.replace("KYIV, Nov 22 - ", "")
                    + "\nOur correspondent in Kyiv reports that the metro ran on reduced service in the evening.\n");
            imports.importPaths(List.of(folder.resolve("wire.txt"), folder.resolve("daily.txt")), Progress.NONE);
            assertThat(origins.nearDuplicates()).filteredOn(p -> p.article().externalId().equals("daily"))
                    .singleElement().satisfies(p -> assertThat(p.similar().externalId()).isEqualTo("wire"));

            System.out.printf("near-duplicate cap: %d look-alike articles imported in %.1f s, %d pairs stored (at most %d"
                    + " per article)%n", FILES * LINES, seconds, pairs.size(), NearDuplicateStore.MAX_CANDIDATES);
        }
        if (!TestDatabase.postgres()) {
            long bytes = Files.size(folder.resolve("lookalikes.mv.db"));
            System.out.printf("near-duplicate cap: file %d KB after %d look-alike articles%n", bytes / 1024, FILES * LINES);
            assertThat(bytes).as("a few KB per article, not a pair with every earlier one").isLessThan(64L << 20);
        }
    }

    /** The crash torture's article: one sentence, its prefix, line number and a random number changed. */
    static String lookAlike(String prefix, int j, Random random) {
        return "Word Text " + prefix + " line " + j + ": officials said the bridge was closed on Tuesday, while"
                + " residents denied any damage and analysts speculated about the cause " + random.nextLong() + ".";
    }
}
