package io.veritag.ui.kit;

import io.veritag.service.Progress;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link UiExecutor} for presentation-model tests: the work and its callbacks run at once, on the calling
 * thread, so a test reads the result on the next line without waiting. (Window tests use the
 * {@link SwingExecutor} and wait for it: their calls come from the EDT, where no query may run.)
 */
public final class SameThreadExecutor implements UiExecutor {
    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        run(work, onDone, onFailed);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        run(work, onDone, onFailed);
    }

    @Override
    public <T> Running task(Function<Progress, T> work, Consumer<Step> onProgress, Consumer<? super T> onDone,
                            Consumer<? super Exception> onFailed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                onProgress.accept(new Step(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.apply(progress), onDone, onFailed);
        return new Running() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private static <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
