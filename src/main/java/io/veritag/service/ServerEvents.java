package io.veritag.service;

/** What a window hears from a team server while it is open ({@link Workspace#watchServer}); called off the EDT. */
public interface ServerEvents {
    /** The server can (true) or cannot (false) be reached now; told on every change, and once at the start. */
    void reachable(boolean reachable);

    /**
     * Some annotator's status of these articles changed, so their progress is worth reading again; an empty set
     * means any article may have changed (after an outage).
     */
    void othersProgressed(java.util.Set<Long> articleIds);
}
