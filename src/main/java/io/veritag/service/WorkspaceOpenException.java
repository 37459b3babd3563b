package io.veritag.service;

/** The database could not be opened: its one-line message says why (in use by another program, damaged, …). */
public final class WorkspaceOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final boolean inUse;
    private final boolean damaged;

    WorkspaceOpenException(String message, String location, boolean inUse, boolean damaged, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.inUse = inUse;
        this.damaged = damaged;
    }

    /** The {@code --db} value that failed to open (null for the embedded default). */
    public String location() {
        return location;
    }

    /** True when another program holds the database (nothing was touched). */
    public boolean inUse() {
        return inUse;
    }

    /**
     * True when the file is damaged (nothing was written to it): {@code new DatabaseCare(location())} can restore
     * its newest backup or salvage what can be read.
     */
    public boolean damaged() {
        return damaged;
    }
}
