package io.veritag.service.care;

import io.veritag.store.Database;
import io.veritag.store.Snapshots;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups while the window is open: one shortly after it opens, then one every few minutes if
 * anything changed. They run on one background thread of their own (never the event thread, never
 * blocking an edit: the backup reads a snapshot), at most one at a time.
 */
public final class BackupSchedule implements AutoCloseable {
    /** How often a changed database is backed up while labeling goes on. */
    public static final Duration EVERY = Duration.ofMinutes(10);
    /** The first backup waits until start-up is over: on two cores it would slow the first window down. */
    public static final Duration AFTER_OPENING = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final Database database;
    private final BackupFolder folder;
    private final Consumer<Throwable> onFailure;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "veritag-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private volatile String lastFingerprint;

    /**
     * @param onFailure told (on the backup thread) when a backup fails, e.g. because it met damage
     */
    BackupSchedule(Database database, BackupFolder folder, Consumer<Throwable> onFailure) {
        this.database = database;
        this.folder = folder;
        this.onFailure = onFailure;
    }

    /** Starts the backups of an open file database; returns empty for a database that is not a file. */
    public static Optional<BackupSchedule> start(Database database, Consumer<Throwable> onFailure) {
        return io.veritag.store.DatabaseFile.of(database.location()).map(file -> {
            BackupSchedule schedule = new BackupSchedule(database, BackupFolder.of(file), onFailure);
            schedule.thread.scheduleWithFixedDelay(schedule::backupIfChanged, AFTER_OPENING.toMillis(), EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            return schedule;
        });
    }

    /** Takes a backup now unless one is running or nothing changed since the last; true when one was taken. */
    boolean backupIfChanged() {
        if (!running.tryLock()) {
            return false;
        }
        try {
            String fingerprint = Snapshots.fingerprint(database);
            if (fingerprint.equals(lastFingerprint)) {
                return false;
            }
            long started = System.nanoTime();
            Backup backup = DatabaseCare.backupInto(database, folder);
            lastFingerprint = fingerprint;
            LOG.info("backup {} written in {} ms", backup.file().getFileName(), (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("automatic backup failed: {}", e.getMessage());
            onFailure.accept(e);
            return false;
        } finally {
            running.unlock();
        }
    }

    /** Waits for a running backup (never interrupted: H2 closes its file when a reading thread is), then stops. */
    @Override
    public void close() {
        thread.shutdown();
        running.lock();
        running.unlock();
    }
}
