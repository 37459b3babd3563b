package io.veritag.service;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what a {@link Workspace#watchServer} watch tells, for tests to wait on ("online", "offline", "progress" for any
 * article, "progress [3, 7]" for named ones). */
final class ServerEventLog implements ServerEvents {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void reachable(boolean reachable) {
        events.add(reachable ? "online" : "offline");
    }

    @Override
    public void othersProgressed(java.util.Set<Long> articleIds) {
        events.add(articleIds.isEmpty() ? "progress" : "progress " + new java.util.TreeSet<>(articleIds));
    }

    /** Waits for {@code expected}, skipping other events; false when it did not come within {@code limit}. */
    boolean await(String expected, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            String next = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                return false;
            }
            if (next.equals(expected)) {
                return true;
            }
        }
    }

    /**
     * Waits for news of others' progress on this article, skipping other events. PostgreSQL may hand over several
     * announcements at once (one of an earlier change, still on its way, with this one), and the watch tells them
     * together: "progress [3, 7]" is news of 7 too.
     */
    boolean awaitProgressOn(long articleId, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            String next = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                return false;
            }
            if (next.startsWith("progress [") && java.util.Arrays.stream(next.substring("progress [".length(), next.length() - 1)
                    .split(", ")).map(Long::valueOf).anyMatch(id -> id == articleId)) {
                return true;
            }
        }
    }

    void clear() {
        events.clear();
    }
}
