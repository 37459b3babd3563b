package io.veritag.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingWorker;

/**
 * Runs database reads off the EDT and hands the result back on the EDT. Counts what is still running, so
 * tests can wait until the window has settled.
 */
public final class Background {
    private final AtomicInteger running = new AtomicInteger();

    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
        running.incrementAndGet();
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                try {
                    onDone.accept(get());
                } catch (ExecutionException e) {
                    onError.accept(e.getCause() instanceof Exception ex ? ex : e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            }
        }.execute();
    }

    public boolean idle() {
        return running.get() == 0;
    }
}
