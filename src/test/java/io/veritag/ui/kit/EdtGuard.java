package io.veritag.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.store.Database;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;

/**
 * Fails a window test whose window queries the database on the event dispatch thread. The database it makes
 * runs this check before every query: on the EDT that query fails, and the violation is kept, so the
 * test fails in {@link #assertNoQueryRanOnTheEdt} even when the window caught the error and showed a message.
 */
public final class EdtGuard implements Runnable {
    private final List<String> violations = new CopyOnWriteArrayList<>();

    /** A fresh in-memory database whose every query is checked. */
    public Database database() {
        return Database.inMemory(this);
    }

    /** The database at {@code location} (opened, and migrated), its every query checked. */
    public Database database(String location) {
        return Database.open(location, this);
    }

    /** The check run before every query. */
    @Override
    public void run() {
        if (SwingUtilities.isEventDispatchThread()) {
            IllegalStateException e = new IllegalStateException("database query on the event dispatch thread");
            StringBuilder where = new StringBuilder(e.getMessage());
            for (StackTraceElement frame : e.getStackTrace()) {
                if (frame.getClassName().startsWith("io.veritag.") && !frame.getClassName().startsWith("io.veritag.store.")) {
                    where.append("\n  at ").append(frame);
                }
            }
            violations.add(where.toString());
            throw e;
        }
    }

    public void assertNoQueryRanOnTheEdt() {
        assertThat(violations).as("database queries on the event dispatch thread").isEmpty();
    }
}
