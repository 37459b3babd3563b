package io.veritag.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/**
 * Keeps an open file database from growing far beyond its content: once a second, if anything was committed,
 * it rewrites the live pages of the emptiest old chunks ({@link MVStore#compact}) and stores the result, so that
 * those chunks die and their space is reused. H2's own background writer does this by default, but
 * {@code WRITE_DELAY=0} (every commit on disk when it returns) switches that thread off, and then a file only
 * grows while it is open. Chunks younger than H2's retention time (45 s) are left alone, as H2 does.
 */
final class FileUpkeep implements AutoCloseable {
    /** Rewrite old chunks while the live share of the file's chunks is below this (H2's default for auto-compaction). */
    private static final int TARGET_FILL_PERCENT = 90;
    /** Live data moved per round at most: a short pause for a writer that waits on the store's lock. */
    private static final int WRITE_LIMIT_BYTES = 1 << 20;

    private final MVStore store;
    private final DamageState damage;
    private final ScheduledExecutorService timer;
    private long lastVersion = -1;

    private FileUpkeep(MVStore store, DamageState damage) {
        this.store = store;
        this.damage = damage;
        this.timer = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "veritag-file-upkeep");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Starts upkeep for the database behind {@code connection} (an embedded H2 file database). */
    static FileUpkeep start(Connection connection, DamageState damage) throws SQLException {
        MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                .getDatabase().getStore().getMvStore();
        FileUpkeep upkeep = new FileUpkeep(store, damage);
        upkeep.timer.scheduleWithFixedDelay(upkeep::tidy, 1, 1, TimeUnit.SECONDS);
        return upkeep;
    }

    /** One round: only after new commits, never after damage was seen. */
    void tidy() {
        try {
            if (store.isClosed() || damage.current() != null || store.getCurrentVersion() == lastVersion) {
                return;
            }
            if (store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT_BYTES)) {
                store.tryCommit();
            }
            lastVersion = store.getCurrentVersion();
        } catch (RuntimeException e) {
            if (!store.isClosed()) {
                StoreException known = damage.translate(e); // a full disk or damage: recorded, so writes stop
                LoggerFactory.getLogger(FileUpkeep.class).warn("Upkeep of {} stopped: {}", damage.file(), known != null ? known.getMessage() : e.toString());
            }
        }
    }

    /** Stops upkeep and waits for a round in progress, before the database is closed. */
    @Override
    public void close() {
        timer.shutdown(); // not shutdownNow: an interrupt inside H2's file I/O closes the file channel
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
