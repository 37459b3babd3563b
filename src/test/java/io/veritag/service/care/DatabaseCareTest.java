package io.veritag.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.io.TextHash;
import io.veritag.model.NewArticle;
import io.veritag.store.DamagedDatabaseException;
import io.veritag.store.DamagedFiles;
import io.veritag.store.Database;
import io.veritag.store.Snapshots;
import io.veritag.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DatabaseCareTest {
    @TempDir
    Path dir;

    /**
     * A writer commits article + span pairs (one transaction each) while backups are taken. Every backup must
     * restore, and hold whole pairs only: a backup that read the tables at different moments would hold an
     * article without its span, or fail to restore (a span whose article it missed).
     */
    @Test
    void backupsTakenDuringWritesAreConsistentAndRestore() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("live"), 50);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        try (Database database = Database.open(file.toString())) {
            long annotator = database.store().annotators().getOrCreate("writer").id();
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String text = "pair " + i + " of the consistency test";
                    int n = i;
                    database.store().inTransaction(tx -> {
                        long id = tx.articles().insert(new NewArticle("w" + n, "W", null, null, null, text), TextHash.sha256(text));
                        tx.spans().insert(id, annotator, 0, 4, "CLAIM", null);
                    });
                    committed.incrementAndGet();
                }
            });
            writer.start();
            BackupFolder folder = new BackupFolder(dir.resolve("backups"), "live", ZoneOffset.UTC);
            for (int i = 0; i < 4; i++) {
                DatabaseCare.backupInto(database, folder, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i));
            }
            writing.set(false);
            writer.join();
            assertThat(committed.get()).as("the writer was never blocked").isPositive();
            List<Backup> backups = folder.list();
            assertThat(backups).hasSize(4);
            for (Backup backup : backups) {
                Path restored = dir.resolve("restored-" + backup.taken().getEpochSecond() + ".mv.db");
                Snapshots.Contents contents = Snapshots.restoreInto(backup.file(), restored);
                assertThat(contents.articles()).isEqualTo(backup.articles());
                try (Database copy = Database.open(restored.toString())) {
                    long pairs = copy.store().articles().count() - 50;
                    assertThat(Snapshots.contents(copy).spans()).as("whole pairs only").isEqualTo(150 + pairs);
                }
                assertThat(new DatabaseCare(restored.toString()).check().problems()).isEmpty();
            }
        }
    }

    @Test
    void restoreKeepsTheCurrentFileAsideAndRefusesWhileInUse() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("team"), 10);
        DatabaseCare care = new DatabaseCare(file.toString());
        Path backup = dir.resolve("team-backup.sql.gz");
        care.backup(backup);
        try (Database database = Database.open(file.toString())) {
            database.store().annotators().getOrCreate("late");
            assertThatThrownBy(() -> care.restore(backup)).isInstanceOf(StoreException.class).hasMessageContaining("is in use");
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseCare.RestoreResult result = care.restore(backup);
        assertThat(result.keptAside()).isPresent();
        assertThat(result.keptAside().get()).hasBinaryContent(before);
        assertThat(result.restored().annotators()).isEqualTo(3);
        try (Database restored = Database.open(file.toString())) {
            assertThat(restored.store().annotators().all()).extracting(a -> a.name()).containsExactly("anna", "boris", "carla");
        }
        assertThatThrownBy(() -> care.backup(backup)).hasMessageContaining("Will not overwrite");
    }

    @Test
    void recoverySalvagesADamagedFileIntoANewOneAndReportsIt() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("hurt"), 200);
        Path damaged = damage(file);
        byte[] before = Files.readAllBytes(damaged);
        DatabaseCare.RecoveryResult result = new DatabaseCare(damaged.toString()).recover();
        assertThat(damaged).hasBinaryContent(before);
        assertThat(result.recovered()).exists().hasParent(dir);
        assertThat(result.articles()).isBetween(0L, 200L); // what H2 could read depends on where the damage is
        assertThat(result.spansPerAnnotator().keySet()).isSubsetOf("anna", "boris", "carla");
        assertThat(result.recovered()).isNotEqualTo(damaged);
    }

    @Test
    void recoveryOfAReadableFileSalvagesEverything() {
        Path file = DamagedFiles.create(dir.resolve("whole"), 40);
        DatabaseCare.RecoveryResult result = new DatabaseCare(file.toString()).recover();
        assertThat(result.articles()).isEqualTo(40);
        assertThat(result.spansPerAnnotator()).containsExactly(java.util.Map.entry("anna", 40L), java.util.Map.entry("boris", 40L),
                java.util.Map.entry("carla", 40L));
        assertThat(result.notes()).isEmpty();
        try (Database recovered = Database.open(result.recovered().toString())) {
            assertThat(recovered.store().articles().count()).isEqualTo(40);
        }
        assertThat(new DatabaseCare(result.recovered().toString()).check().problems()).isEmpty();
    }

    @Test
    void damageAdviceNamesTheFileTheNewestBackupAndRecovery() {
        Backup newest = new Backup(Path.of("/data/backups/veritag-20261130-090000.sql.gz"), Instant.parse("2026-11-30T09:00:00Z"),
                120, 830, 3, 0);
        String advice = DatabaseCare.advice("Database /data/veritag.mv.db is damaged: table SPAN: some rows cannot be read",
                java.util.Optional.of(newest), Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(advice).isEqualTo("Database /data/veritag.mv.db is damaged: table SPAN: some rows cannot be read."
                + " Nothing more was written to it. Restore the newest backup (taken 2 hours ago ("
                + newest.describe(Instant.parse("2026-11-30T11:00:00Z")).substring("taken 2 hours ago (".length())
                + "): veritag db restore /data/backups/veritag-20261130-090000.sql.gz;"
                + " or salvage what can be read into a new file: veritag db recover.");
        assertThat(newest.describe(Instant.parse("2026-11-30T11:00:00Z")))
                .endsWith(": 120 articles, 830 spans by 3 annotators, 0 gold decisions");
    }

    @Test
    void rotationKeepsTheNewestFiveAndOnePerDayForAWeek() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("rot"), 2);
        BackupFolder folder = new BackupFolder(dir.resolve("backups"), "rot", ZoneOffset.UTC);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        try (Database database = Database.open(file.toString())) {
            for (int day = 0; day < 10; day++) {
                for (int hour = 0; hour < 3; hour++) {
                    DatabaseCare.backupInto(database, folder, start.plusSeconds(day * 86_400L + hour * 3_600L));
                }
            }
        }
        List<String> kept = folder.list().stream().map(b -> b.taken().toString()).toList();
        assertThat(kept).containsExactly(
                "2026-11-10T10:00:00Z", "2026-11-10T09:00:00Z", "2026-11-10T08:00:00Z", "2026-11-09T10:00:00Z",
                "2026-11-09T09:00:00Z", "2026-11-08T10:00:00Z", "2026-11-07T10:00:00Z", "2026-11-06T10:00:00Z",
                "2026-11-05T10:00:00Z", "2026-11-04T10:00:00Z");
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.count()).as("each backup has its note, nothing else is left").isEqualTo(20);
        }
    }

    @Test
    void theAutomaticBackupSkipsAnUnchangedDatabaseAndReportsDamage() throws Exception {
        Path file = DamagedFiles.create(dir.resolve("auto"), 3);
        BackupFolder folder = new BackupFolder(dir.resolve("backups"), "auto", ZoneOffset.UTC);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Database database = Database.open(file.toString())) {
            BackupSchedule schedule = new BackupSchedule(database, folder, failures::add);
            assertThat(schedule.backupIfChanged()).isTrue();
            assertThat(schedule.backupIfChanged()).as("nothing changed").isFalse();
            Thread.sleep(1100); // backups are named by the second
            database.store().annotators().getOrCreate("dora");
            assertThat(schedule.backupIfChanged()).isTrue();
            schedule.close();
        }
        assertThat(folder.list()).hasSize(2);
        assertThat(failures).isEmpty();
    }

    /** A copy of {@code file} with one zeroed block that opening refuses. */
    static Path damage(Path file) throws Exception {
        return DamagedFiles.refusedCopy(file, file.getParent());
    }
}
