package io.veritag.store;

/** A database operation failed; the message is one line, fit to show a user. */
public class StoreException extends RuntimeException {
    private final Constraint constraint;

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public StoreException(String message, Constraint constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** The violated constraint (e.g. {@link Constraint#CK_SPAN_OFFSETS}), or null. */
    public Constraint constraint() {
        return constraint;
    }
}
