package io.veritag.service.care;

import io.veritag.store.Checkup;
import io.veritag.store.DamagedDatabaseException;
import io.veritag.store.Database;
import io.veritag.store.DatabaseFile;
import io.veritag.store.Salvage;
import io.veritag.store.Snapshots;
import io.veritag.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looking after a database file: check it, back it up, restore a backup, salvage a damaged file. The
 * command line ({@code veritag db …}) and the window call the same methods. Nothing here overwrites a
 * database file: a file that is replaced is first moved aside, under a name that says why.
 */
public final class DatabaseCare {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final String location;
    private final Clock clock;
    /** The database when this program has it open (the window's), else null. */
    private final Database open;

    /** @param location the {@code --db} value, or null for the embedded default; a database not open here */
    public DatabaseCare(String location) {
        this(location, Clock.systemDefaultZone());
    }

    DatabaseCare(String location, Clock clock) {
        this(location, clock, null);
    }

    private DatabaseCare(String location, Clock clock, Database open) {
        this.location = location;
        this.clock = clock;
        this.open = open;
    }

    /**
     * Care of a database this program has open (the workspace's): checks and backups read it through its
     * own connections; restore and recovery refuse it, as it is in use.
     */
    public static DatabaseCare of(Database open) {
        return new DatabaseCare(open.location(), Clock.systemDefaultZone(), open);
    }

    /** The outcome of a check: rows per table and problems, none when the database is sound. */
    public record CheckResult(String database, Map<String, Long> rowsPerTable, List<String> problems) {
        public boolean sound() {
            return problems.isEmpty();
        }
    }

    /** A restore: the backup's contents now in {@code database}; the file it replaced kept as {@code keptAside}. */
    public record RestoreResult(Path database, Optional<Path> keptAside, Backup restored) {
    }

    /** A salvage: the new database, and what it holds. */
    public record RecoveryResult(Path damaged, Path recovered, long articles, Map<String, Long> spansPerAnnotator,
                                 Map<String, Long> decisionsPerCurator, long orphanSpans, List<String> notes) {
    }

    /**
     * Reads the whole database and reports what is wrong. A database open here is read through its own
     * connections, and damage found stops every further write to it; any other is opened read-only.
     */
    public CheckResult check() {
        if (open != null) {
            return check(open);
        }
        Checkup.Report report = Checkup.check(location);
        return new CheckResult(report.database(), report.rowsPerTable(), report.problems());
    }

    /** Reads the whole database this program has open; damage found stops every further write to it. */
    private static CheckResult check(Database open) {
        Checkup.Report report = Checkup.check(open);
        return new CheckResult(report.database(), report.rowsPerTable(), report.problems());
    }

    /** The database's file; only file databases have backups. */
    public Path file() {
        return DatabaseFile.of(location).orElseThrow(() ->
                new StoreException("Backups, restore and recovery work on database files, not on " + location, null));
    }

    public BackupFolder backups() {
        return BackupFolder.of(file());
    }

    public Optional<Backup> newestBackup() {
        return DatabaseFile.of(location).flatMap(file -> BackupFolder.of(file).newest());
    }

    /**
     * Takes a backup of the database (open here, or opened here, so not in use elsewhere): into {@code target},
     * or, when null, into the backups folder with its rotation.
     */
    public Backup backup(Path target) {
        if (open != null) {
            return target == null ? backupInto(open, backups()) : backupTo(open, target);
        }
        try (Database database = Database.open(location)) {
            return target == null ? backupInto(database, backups()) : backupTo(database, target);
        }
    }

    /** A backup of an open database into its backups folder, with rotation: the automatic backups. */
    static Backup backupInto(Database database, BackupFolder folder) {
        return backupInto(database, folder, Instant.now());
    }

    static Backup backupInto(Database database, BackupFolder folder, Instant now) {
        try {
            Files.createDirectories(folder.dir());
            Path file = folder.fileFor(now);
            Snapshots.Contents contents = Snapshots.write(database, file);
            return folder.added(file, now, contents);
        } catch (IOException e) {
            throw new StoreException("Cannot write a backup into " + folder.dir() + ": " + e.getMessage(), e);
        }
    }

    private Backup backupTo(Database database, Path target) {
        if (Files.exists(target)) {
            throw new StoreException("Will not overwrite " + target + ": choose a new file name", null);
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + target + ": " + e.getMessage(), e);
        }
        Snapshots.Contents contents = Snapshots.write(database, target);
        return new Backup(target, clock.instant(), contents.articles(), contents.spans(), contents.annotators(), contents.goldDecisions());
    }

    /**
     * Replaces the database with the contents of {@code backup}. Refused while the database is in use. The
     * current file, if any, is kept aside ({@code <name>.mv.db.before-restore-<time>}), never overwritten.
     */
    public RestoreResult restore(Path backup) {
        Path file = file();
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("No backup at " + backup, null);
        }
        if (Checkup.inUse(file)) {
            throw new StoreException("Database " + file + " is in use by another program (a Veritag window?): close it, then restore", null);
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
        Path restoring = file.resolveSibling(stem(file) + ".restoring-" + stamp + ".mv.db");
        Snapshots.Contents contents;
        try {
            contents = Snapshots.restoreInto(backup, restoring);
        } catch (StoreException e) {
            deleteQuietly(restoring);
            throw e;
        }
        Optional<Path> aside = Optional.empty();
        try {
            if (Files.exists(file)) {
                Path kept = file.resolveSibling(file.getFileName() + ".before-restore-" + stamp);
                Files.move(file, kept);
                aside = Optional.of(kept);
            }
            Files.move(restoring, file);
        } catch (IOException e) {
            throw new StoreException("Cannot put the restored database in place of " + file + ": " + e.getMessage()
                    + (aside.isPresent() ? " (the previous file is kept as " + aside.get() + ")" : ""), e);
        }
        Instant taken = backups().list().stream().filter(b -> b.file().equals(backup.toAbsolutePath().normalize()))
                .map(Backup::taken).findFirst().orElse(lastModified(backup));
        return new RestoreResult(file, aside,
                new Backup(backup, taken, contents.articles(), contents.spans(), contents.annotators(), contents.goldDecisions()));
    }

    /**
     * Salvages what H2 can still read of the (damaged) database into a new file beside it,
     * {@code <name>-recovered-<time>.mv.db}. The damaged file is only read.
     */
    public RecoveryResult recover() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file, null);
        }
        if (Checkup.inUse(file)) {
            throw new StoreException("Database " + file + " is in use by another program (a Veritag window?): close it, then recover", null);
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
        Path recovered = file.resolveSibling(stem(file) + "-recovered-" + stamp + ".mv.db");
        Salvage.Report report = Salvage.recover(file, recovered);
        return new RecoveryResult(file, recovered, report.articles(), report.spansPerAnnotator(), report.decisionsPerCurator(),
                report.orphanSpans(), report.notes());
    }

    /**
     * When {@code failure} says the database is damaged: one message that names the file, says what
     * happened, and gives the ways out. Empty for any other failure.
     */
    public static Optional<String> damageAdvice(Throwable failure, Instant now) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedDatabaseException damaged) {
                return Optional.of(advice(damaged.getMessage(), new DatabaseCare(damaged.file()).newestBackup(), now));
            }
        }
        return Optional.empty();
    }

    /** True when {@code failure} is (or was caused by) a damaged database. */
    public static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedDatabaseException) {
                return true;
            }
        }
        return false;
    }

    static String advice(String what, Optional<Backup> newest, Instant now) {
        String restore = newest.map(b -> " Restore the newest backup (" + b.describe(now) + "): veritag db restore " + b.file() + ";")
                .orElse(" There is no backup of it.");
        return what + ". Nothing more was written to it." + restore
                + " or salvage what can be read into a new file: veritag db recover.";
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a half-restored file never takes the database's name
        }
    }
}
