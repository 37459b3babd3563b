package io.veritag.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Watches a PostgreSQL server from one connection of its own: whether it can be reached, and the progress
 * notifications the other team members' programs send (LISTEN {@value #PROGRESS_CHANNEL}; see
 * {@link StatusStore#set}). When the server goes away (a restart closes the connection; a cut network is found
 * by a check every few seconds) the listener is told once, and the watch connects again every second until
 * the server is back; then it is told again, with a progress change, since notifications sent meanwhile were
 * never delivered.
 */
public final class ServerWatch implements AutoCloseable {
    /** The channel a status change is announced on; the payload is the article id. */
    static final String PROGRESS_CHANNEL = "veritag_progress";
    private static final int WAIT_MILLIS = 250;
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long RETRY_MILLIS = 1_000;

    /** What the watch reports, on its own thread. */
    public interface Listener {
        /** The server can (true) or cannot (false) be reached; told on every change, and first on the first connection. */
        void reachable(boolean reachable);

        /**
         * Some annotator's status of these articles changed; an empty set means any article may have (after an
         * outage, or an announcement that does not name an article).
         */
        void progressChanged(Set<Long> articleIds);
    }

    private final HikariDataSource pool;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;

    private ServerWatch(HikariDataSource pool, Listener listener, String shown) {
        this.pool = pool;
        this.listener = listener;
        this.thread = new Thread(this::run, "veritag-server-watch " + shown);
        thread.setDaemon(true);
    }

    static ServerWatch start(HikariDataSource pool, Listener listener, String shown) {
        ServerWatch watch = new ServerWatch(pool, listener, shown);
        watch.thread.start();
        return watch;
    }

    private void run() {
        Boolean reachable = null; // unknown until the first attempt
        while (!closed) {
            Connection connection = null;
            try {
                connection = pool.getConnection();
                current = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PROGRESS_CHANNEL);
                }
                if (!Boolean.TRUE.equals(reachable)) {
                    boolean wasDown = reachable != null;
                    reachable = true;
                    listener.reachable(true);
                    if (wasDown) {
                        listener.progressChanged(Set.of()); // what was announced while away is lost: read all again
                    }
                }
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (!Boolean.FALSE.equals(reachable)) {
                    reachable = false;
                    listener.reachable(false);
                }
                pause();
            } finally {
                current = null;
                if (connection != null) {
                    pool.evictConnection(connection); // it listens: never hand it to anyone else
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                listener.progressChanged(articles(notifications));
                lastCheck = System.nanoTime();
            } else if (System.nanoTime() - lastCheck > CHECK_NANOS) {
                // a restart closes the connection at once; a cut network only shows when asked
                if (!connection.isValid(2)) {
                    throw new SQLException("the server does not answer", "08006");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    /** The announced article ids; empty (read everything) if any payload is not one: anyone on the team may NOTIFY. */
    private static Set<Long> articles(PGNotification[] notifications) {
        Set<Long> ids = new HashSet<>();
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            if (payload == null || !payload.matches("[0-9]{1,18}")) {
                return Set.of();
            }
            ids.add(Long.parseLong(payload));
        }
        return ids;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops watching; waits a moment for the thread to end. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
