package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.store.DamagedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DbCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkBackupRestoreOnASoundFile() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("team"), 20);
        CommandRun veritag = new CommandRun(file.toString());
        assertThat(veritag.run("db", "check")).isZero();
        assertThat(veritag.out()).isEqualTo("OK: " + file + ": 20 articles, 60 spans, 3 annotators, 0 gold decisions;"
                + " 26 tables, every row and index read\n");

        Path backup = dir.resolve("saved/team.sql.gz");
        assertThat(veritag.run("db", "backup", backup.toString())).isZero();
        assertThat(veritag.out()).startsWith("Backup written: " + backup + " (20 articles, 60 spans by 3 annotators");
        assertThat(veritag.run("db", "backup", backup.toString())).isEqualTo(1);
        assertThat(veritag.err()).isEqualTo("veritag: Will not overwrite " + backup + ": choose a new file name\n");

        assertThat(veritag.run("import", "--samples")).isZero();
        assertThat(veritag.run("db", "restore", backup.toString())).isZero();
        assertThat(veritag.out()).contains("Restored " + file + " from " + backup + ": 20 articles")
                .contains("The previous file is kept as " + file + ".before-restore-");
        assertThat(veritag.run("articles", "--format", "json")).isZero();
        assertThat(veritag.out()).doesNotContain("000_9b7bed599d2e3ec6");
    }

    @Test
    void aDamagedFileGetsOneMessageWithTheWayOutAndAcceptsNoImport() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("team"), 300);
        CommandRun veritag = new CommandRun(file.toString());
        assertThat(veritag.run("db", "backup")).isZero();
        Path damaged = damagedCopy(file);
        Files.move(damaged, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(file);

        assertThat(veritag.run("import", "--samples")).isEqualTo(DbCommand.DAMAGED);
        assertThat(veritag.err()).startsWith("veritag: Database " + file + " is damaged: ")
                .contains("Nothing more was written to it. Restore the newest backup (taken less than a minute ago")
                .contains("300 articles, 900 spans by 3 annotators")
                .contains("veritag db restore ")
                .contains("veritag db recover")
                .doesNotContain("MVStore").doesNotContain("Exception").hasLineCount(1);
        assertThat(file).hasBinaryContent(before);

        assertThat(veritag.run("db", "check")).isEqualTo(DbCommand.DAMAGED);
        assertThat(veritag.err()).startsWith("DAMAGED: " + file + "\n").contains("Newest backup: taken").doesNotContain("MVStore");

        assertThat(veritag.run("db", "recover")).isZero();
        assertThat(veritag.out()).startsWith("Salvaged from " + file + " into ").contains("The damaged file is untouched.");
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void aZeroByteFileIsDamagedNotANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("veritag.mv.db"));
        CommandRun veritag = new CommandRun(file.toString());
        assertThat(veritag.run("articles")).isEqualTo(DbCommand.DAMAGED);
        assertThat(veritag.err()).startsWith("veritag: Database " + file + " is damaged: the file is empty (0 bytes)")
                .contains("There is no backup of it.");
        assertThat(file).isEmptyFile();
    }

    private static Path damagedCopy(Path file) throws Exception {
        long size = Files.size(file);
        for (int i = 0; i < 16; i++) {
            Path copy = file.resolveSibling("probe-" + i + ".mv.db");
            Files.copy(file, copy);
            DamagedFiles.zeroBlock(copy, size / 4 + i * (size / 2) / 16);
            CommandRun probe = new CommandRun(copy.toString());
            if (probe.run("db", "check") == DbCommand.DAMAGED && probe.err().contains("cannot be read")) {
                return copy;
            }
            Files.delete(copy);
        }
        throw new AssertionError("no zeroed block held live data");
    }
}
