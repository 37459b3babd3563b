package io.veritag.store;

/** A database operation failed; the message is one line, fit to show a user. */
public class StoreException extends RuntimeException {
    private final String constraint;

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StoreException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** The name of the violated constraint (lower case, e.g. {@code ck_span_offsets}), or null. */
    public String constraint() {
        return constraint;
    }
}
