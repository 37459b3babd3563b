package io.veritag.service;

/** What a window hears from a team server while it is open ({@link Workspace#watchServer}); called off the EDT. */
public interface ServerEvents {
    /** The server can (true) or cannot (false) be reached now; told on every change, and once at the start. */
    void reachable(boolean reachable);

    /** Some annotator's article status changed, so others' progress is worth reading again. */
    void othersProgressed();
}
