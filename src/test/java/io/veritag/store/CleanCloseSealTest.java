package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening skips the read-only walk only for a file that is byte for byte what a clean close left. Whatever
 * happens to a sealed file afterwards (damage on disk, a killed program, another tool) must be walked as a
 * file without a seal would be.
 */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class CleanCloseSealTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path original;

    @BeforeAll
    static void createOriginal() {
        original = DamagedFiles.create(shared.resolve("original"), 200);
    }

    @Test
    void aCleanCloseSealsTheFileAndOpeningItBreaksTheSeal() throws Exception {
        Path file = copyOfOriginal("sealed");
        assertThat(CleanCloseSeal.matches(file)).as("a copy was never closed here").isFalse();
        try (Database database = Database.open(DamagedFiles.base(file))) {
            assertThat(CleanCloseSeal.matches(file)).as("open: the file is changing").isFalse();
            database.store().annotators().getOrCreate("dora");
        }
        assertThat(CleanCloseSeal.matches(file)).isTrue();
        assertThat(CleanCloseSeal.sealOf(file).getParent()).isEqualTo(AppHome.dir().resolve("seals"));
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".seal"));
    }

    /**
     * Zeroes a block of a sealed file in place, at eight places, and opens it, next to a copy of the same damaged
     * bytes that has no seal: the outcome is the same each time, and at least one is refused.
     */
    @Test
    void damageToASealedFileIsFoundAsWithoutTheSeal() throws Exception {
        int refused = 0;
        List<String> different = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path sealed = copyOfOriginal("in-place-" + i);
            Database.open(DamagedFiles.base(sealed)).close();
            assertThat(CleanCloseSeal.matches(sealed)).isTrue();
            long size = Files.size(sealed);
            DamagedFiles.zeroBlock(sealed, size / 4 + i * (size / 2) / 8);
            Path unsealed = Files.copy(sealed, dir.resolve("unsealed-" + i + ".mv.db"));
            String withSeal = outcome(sealed);
            String withoutSeal = outcome(unsealed);
            if (!withSeal.equals(withoutSeal)) {
                different.add("block " + i + ": " + withSeal + " with the seal, " + withoutSeal + " without");
            }
            if (withSeal.equals("refused")) {
                refused++;
            }
        }
        assertThat(different).isEmpty();
        assertThat(refused).as("at least one zeroed block held live data").isPositive();
    }

    @Test
    void flippedBitsBreakTheSeal() throws Exception {
        Path file = copyOfOriginal("flipped");
        Database.open(DamagedFiles.base(file)).close();
        DamagedFiles.flipBits(file, 1, 3);
        assertThat(CleanCloseSeal.matches(file)).isFalse();
    }

    /** The trade made, shown: a damaged file that matches its seal is opened without the walk. */
    @Test
    void aFileThatMatchesItsSealIsOpenedWithoutTheWalk() throws Exception {
        Path damaged = DamagedFiles.refusedCopy(original, Files.createDirectories(dir.resolve("refused")));
        CleanCloseSeal.write(damaged); // as if this program had closed it so
        try (Database database = Database.open(DamagedFiles.base(damaged))) {
            assertThat(database.damage().current()).isNull();
        }
    }

    private Path copyOfOriginal(String name) throws Exception {
        return Files.copy(original, dir.resolve(name + ".mv.db"));
    }

    private static String outcome(Path file) {
        try (Database database = Database.open(DamagedFiles.base(file))) {
            return "opened";
        } catch (DamagedDatabaseException e) {
            return "refused";
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }
}
