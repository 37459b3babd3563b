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

    void clear() {
        events.clear();
    }
}
