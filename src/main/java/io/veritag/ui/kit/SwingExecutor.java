package io.veritag.ui.kit;

import io.veritag.service.Progress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/**
 * The production {@link UiExecutor}: reads and tasks on a pool of daemon threads, writes on one daemon thread
 * (a serial queue), results handed to the EDT with {@code invokeLater}. It counts what is still pending until
 * its result has been delivered, so tests can wait for the window to settle ({@link #awaitIdle}).
 */
public final class SwingExecutor implements UiExecutor {
    private final ExecutorService readers = Executors.newCachedThreadPool(daemons("veritag-read"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemons("veritag-write"));
    private final Object lock = new Object();
    private int pending;

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        submit(readers, work, onDone, onFailed);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        submit(writer, work, onDone, onFailed);
    }

    @Override
    public <T> Running task(Function<Progress, T> work, Consumer<Step> onProgress, Consumer<? super T> onDone,
                            Consumer<? super Exception> onFailed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Step> latest = new AtomicReference<>();
        AtomicBoolean deliveryQueued = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                latest.set(new Step(done, total, message));
                if (deliveryQueued.compareAndSet(false, true)) { // coalesced: one pending delivery at a time
                    SwingUtilities.invokeLater(() -> {
                        deliveryQueued.set(false);
                        Step step = latest.get();
                        if (step != null) {
                            onProgress.accept(step);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        submit(readers, () -> work.apply(progress), onDone, onFailed);
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

    private <T> void submit(ExecutorService threads, Callable<T> work, Consumer<? super T> onDone,
                            Consumer<? super Exception> onFailed) {
        synchronized (lock) {
            pending++;
        }
        try {
            threads.execute(() -> run(work, onDone, onFailed));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            settled(); // the window is closing: nothing new reaches the database
        }
    }

    private <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        Runnable delivery;
        try {
            T result = work.call();
            delivery = () -> onDone.accept(result);
        } catch (Exception e) {
            delivery = () -> onFailed.accept(e);
        } catch (Error e) {
            delivery = () -> {
                throw e;
            };
        }
        Runnable deliver = delivery;
        SwingUtilities.invokeLater(() -> {
            try {
                deliver.run();
            } finally {
                settled();
            }
        });
    }

    private void settled() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }

    /**
     * Lets the work already submitted run to its end (a last edit still queued is written), takes no more, and
     * waits up to {@code limit} for it: the database must not close under a running query. Results are no
     * longer delivered. Safe on the EDT: no work here waits for the EDT.
     */
    public void shutdown(Duration limit) throws InterruptedException {
        writer.shutdown();
        readers.shutdown();
        long end = System.nanoTime() + limit.toNanos();
        writer.awaitTermination(limit.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        readers.awaitTermination(Math.max(0, end - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** True when every submitted piece of work has run and its result has been delivered. */
    public boolean idle() {
        synchronized (lock) {
            return pending == 0;
        }
    }

    /**
     * Waits (not on the EDT) until every submitted piece of work has been delivered, including work that the
     * deliveries submitted in turn.
     *
     * @throws IllegalStateException when it does not settle within {@code limit}
     */
    public void awaitIdle(Duration limit) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("awaitIdle on the event dispatch thread would wait for itself");
        }
        long end = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(pending + " database calls still pending after " + limit);
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
