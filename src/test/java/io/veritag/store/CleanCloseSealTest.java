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

    /**
     * The trade made, shown: a file whose damage only the walk finds (a zeroed block of rows, not of the file's
     * structure, which H2 itself refuses) opens without the walk once it matches a seal. Which blocks hold rows
     * depends on how the file was written, so every block the walk refuses is tried.
     */
    @Test
    void aFileThatMatchesItsSealIsOpenedWithoutTheWalk() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("refused"));
        long size = Files.size(original);
        int refusedByTheWalk = 0;
        int openedWithTheSeal = 0;
        for (int i = 0; i < 16; i++) {
            Path damaged = Files.copy(original, folder.resolve("damaged-" + i + ".mv.db"));
            DamagedFiles.zeroBlock(damaged, size / 4 + i * (size / 2) / 16);
            Path sealed = Files.copy(damaged, folder.resolve("sealed-" + i + ".mv.db"));
            if (outcome(damaged).equals("opened")) {
                continue; // the block held nothing live
            }
            refusedByTheWalk++;
            CleanCloseSeal.write(sealed); // as if this program had closed it so
            try (Database database = Database.open(DamagedFiles.base(sealed))) {
                assertThat(database.damage().current()).isNull();
                openedWithTheSeal++;
            } catch (DamagedDatabaseException structureDamage) {
                // H2 refuses it by itself: no walk is needed to find it
            }
        }
        assertThat(refusedByTheWalk).as("zeroed blocks that held live data").isPositive();
        assertThat(openedWithTheSeal).as("damage that only the walk finds, opened when the seal matches").isPositive();
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
