package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage done to real files must be found before anything more is written to them. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DamagedDatabaseTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path original;
    private static Snapshots.Contents originalContents;

    @BeforeAll
    static void createOriginal() {
        original = DamagedFiles.create(shared.resolve("original"), 300);
        try (Database database = Database.open(original.toString())) {
            originalContents = Snapshots.contents(database);
        }
    }

    @Test
    void aZeroByteFileIsRefusedNotTurnedIntoANewDatabase() throws Exception {
        Path empty = Files.createFile(dir.resolve("veritag.mv.db"));
        assertThatThrownBy(() -> Database.open(empty.toString()))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessage("Database " + empty + " is damaged: the file is empty (0 bytes), so everything it held is gone");
        assertThat(empty).isEmptyFile();
        assertThat(Checkup.check(empty.toString()).problems()).singleElement().asString().contains("empty (0 bytes)");
    }

    /**
     * Zeroes one 4 KB block at a time, at eight places in the middle of a real file. Each damaged copy is either
     * refused when opened, or found by the full check, or reads exactly as the original: damage never goes
     * unnoticed. At least one block must hold live data, or the test proves nothing.
     */
    @Test
    void aZeroedBlockIsFoundBeforeAnythingIsWritten() throws Exception {
        long size = Files.size(original);
        int refusedAtOpen = 0;
        List<String> unnoticed = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long offset = size / 4 + i * (size / 2) / 8;
            Path copy = dir.resolve("zeroed-" + i + ".mv.db");
            Files.copy(original, copy);
            DamagedFiles.zeroBlock(copy, offset);
            String outcome = outcome(copy);
            if (outcome.equals("refused")) {
                refusedAtOpen++;
                assertThat(Files.size(copy)).as("a refused file is not written to").isEqualTo(size);
            } else if (!outcome.equals("check") && !outcome.equals("intact")) {
                unnoticed.add("block at " + offset + ": " + outcome);
            }
        }
        assertThat(unnoticed).isEmpty();
        assertThat(refusedAtOpen).isPositive();
    }

    @Test
    void flippedBitsAreFoundOrHarmless() throws Exception {
        List<String> unnoticed = new ArrayList<>();
        int found = 0;
        for (int seed = 1; seed <= 4; seed++) {
            Path copy = dir.resolve("flipped-" + seed + ".mv.db");
            Files.copy(original, copy);
            DamagedFiles.flipBits(copy, 50, seed);
            String outcome = outcome(copy);
            if (outcome.equals("refused") || outcome.equals("check")) {
                found++;
            } else if (!outcome.equals("intact")) {
                unnoticed.add("seed " + seed + ": " + outcome);
            }
        }
        assertThat(unnoticed).isEmpty();
        assertThat(found).isPositive();
    }

    @Test
    void onceDamageIsSeenNothingMoreIsWritten() throws Exception {
        Path copy = refusedCopy();
        // H2 alone opens this file and goes on accepting writes: the open-time walk is what stops them
        assertThatThrownBy(() -> Database.open(copy.toString()))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageStartingWith("Database " + copy + " is damaged: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MVStore").doesNotContain("[").hasLineCount(1));
    }

    @Test
    void aDatabaseThatMeetsDamageLaterRefusesWritesFromThenOn() {
        try (Database database = Database.open(dir.resolve("later").toString())) {
            database.damage().record("a part of the file cannot be read", null);
            assertThatThrownBy(() -> database.store().articles().insert(new NewArticle("x", "T", null, null, null, "text"), "h"))
                    .isInstanceOf(DamagedDatabaseException.class);
            assertThat(database.store().articles().count()).isZero(); // reads still work, for a last look
        }
    }

    @Test
    void aNewDatabaseLeavesNoTraceFile() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Database database = Database.open(dir.resolve("fresh").toString())) {
                database.store().labels().all();
            }
            System.gc(); // an unclosed connection found by the collector would be traced
        }
        Thread.sleep(300);
        assertThat(dir.resolve("fresh.mv.db")).exists();
        assertThat(traceFiles()).isEmpty();
    }

    @Test
    void aSecondProcessRefusedLeavesNoTraceFile() throws Exception {
        String path = dir.resolve("busy").toString();
        try (Database first = Database.open(path)) {
            first.store().labels().all();
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenDatabaseMain.class.getName(), path)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(output).startsWith("DatabaseInUseException: Database " + path + " is in use");
        }
        assertThat(traceFiles()).isEmpty();
    }

    private Path refusedCopy() throws Exception {
        return DamagedFiles.refusedCopy(original, dir);
    }

    /** refused (at open), check (found by db check), intact (reads as the original), or what went wrong. */
    private static String outcome(Path copy) {
        try (Database database = Database.open(copy.toString())) {
            Snapshots.Contents contents = Snapshots.contents(database);
            if (!contents.equals(originalContents)) {
                return "opened with different contents " + contents;
            }
        } catch (DamagedDatabaseException e) {
            return "refused";
        } catch (RuntimeException e) {
            return "opened, then " + e;
        }
        Checkup.Report report = Checkup.check(copy.toString());
        return report.sound() ? "intact" : "check";
    }

    private List<Path> traceFiles() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".trace.db")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
