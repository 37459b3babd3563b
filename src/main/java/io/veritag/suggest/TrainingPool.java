package io.veritag.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that train models side by side (cross-validation folds, the final model): a fixed number, at
 * most one per core and never more than {@link #MAX_THREADS}, daemon threads at the lowest priority so that
 * the window always comes first. Tasks never wait for other tasks of the pool, so it cannot deadlock.
 */
public final class TrainingPool {
    static final int MAX_THREADS = 4;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ExecutorService SHARED = Executors.newFixedThreadPool(
            Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())), r -> {
                Thread thread = new Thread(r, "veritag-suggestion-training-" + NEXT.incrementAndGet());
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    private TrainingPool() {
    }

    public static ExecutorService shared() {
        return SHARED;
    }

    /**
     * Runs the tasks on the executor and returns their results in the order given. If one fails, the others
     * are cancelled and its exception is thrown (a {@link CancellationException} as it is); an interrupted
     * caller cancels them all.
     */
    static <T> List<T> all(ExecutorService executor, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> task : tasks) {
                futures.add(executor.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("training interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }
}
