package io.veritag.service;

/**
 * What a long-running use case reports to whoever started it, and how it learns that it should stop.
 * The window adapts this to a progress bar with a Cancel button; the command line and tests use
 * {@link #NONE} or their own.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units finished; {@code total} is -1 when unknown. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if cancellation was asked for. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
