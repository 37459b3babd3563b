package io.veritag.service;

/** The database could not be opened: its one-line message says why (in use by another program, damaged, …). */
public final class WorkspaceOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean inUse;

    WorkspaceOpenException(String message, boolean inUse, Throwable cause) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** True when another program holds the database (nothing was touched). */
    public boolean inUse() {
        return inUse;
    }
}
