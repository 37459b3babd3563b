package io.veritag.store;

import java.io.IOException;

/**
 * The disk holding the database is full: H2 could not write a commit, rolled it back and closed the database.
 * Everything committed before is in the file; nothing of the failed transaction is. The open {@link Database}
 * refuses every further statement with this exception (H2 has closed it); opening the file again, once there is
 * space, finds it as it was after the last commit.
 */
public class DiskFullException extends StoreException {
    private final String database;

    DiskFullException(String database, Throwable cause) {
        super("the disk holding " + database + " is full", cause);
        this.database = database;
    }

    /** The database as the user named it. */
    public String database() {
        return database;
    }

    /** True when {@code failure} was caused by a write the disk had no room for. */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && (t.getMessage().contains("No space left on device")
                    || t.getMessage().contains("not enough space on the disk"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isDiskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
