package io.veritag.store;

/** Another process holds the database file open. */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
