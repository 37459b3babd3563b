package io.veritag.ui.kit;

import io.veritag.service.Progress;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a window reaches the database: the work runs off the event dispatch thread and its result (or
 * failure) comes back on it. Production uses {@link SwingExecutor}; model tests run everything at once on
 * the calling thread.
 *
 * <p>{@link #write} keeps order: edits, and reads that must see them, run one after another in the order they
 * were submitted. {@link #read} is for reads that need not wait for edits. {@link #task} is for long work
 * with a progress bar and Cancel (imports, exports, agreement).
 */
public interface UiExecutor {
    /** A read that may run beside others; {@code onDone} or {@code onFailed} is called on the EDT. */
    <T> void read(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed);

    /** Work in submission order, one at a time (edits); {@code onDone} or {@code onFailed} on the EDT. */
    <T> void write(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed);

    /**
     * Long work with progress and cooperative cancel (the work checks {@link Progress#isCancelled()}; threads
     * are never interrupted, which would make H2 close its file). Progress arrives on the EDT, the latest
     * step first when the EDT is behind; {@code onDone} or {@code onFailed} comes last, on the EDT.
     */
    <T> Running task(Function<Progress, T> work, Consumer<Step> onProgress, Consumer<? super T> onDone,
                     Consumer<? super Exception> onFailed);

    /** One progress report of a {@link #task}. */
    record Step(long done, long total, String message) {
    }

    /** A task that can be asked to stop. */
    interface Running {
        void cancel();

        boolean cancelled();
    }
}
