package io.veritag.store;

/**
 * The database file cannot be trusted: it is empty, or a part of it cannot be read. Once seen, the open
 * {@link Database} refuses every further write, so nothing more goes into a damaged file.
 */
public class DamagedDatabaseException extends StoreException {
    private final String file;

    public DamagedDatabaseException(String file, String what, Throwable cause) {
        super("Database " + file + " is damaged: " + what, cause);
        this.file = file;
    }

    /** The database as the user named it. */
    public String file() {
        return file;
    }
}
