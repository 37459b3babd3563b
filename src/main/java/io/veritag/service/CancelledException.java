package io.veritag.service;

/** The user cancelled a background task; whatever it was writing has been rolled back or removed. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
