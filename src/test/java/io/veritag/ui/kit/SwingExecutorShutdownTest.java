package io.veritag.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the window shuts the executor down before the database closes: an edit still queued must be written,
 * a read still running must end, and nothing submitted afterwards may reach the database.
 */
class SwingExecutorShutdownTest {
    @Test
    void queuedWritesRunAndRunningReadsEndBeforeShutdownReturns() throws Exception {
        SwingExecutor executor = new SwingExecutor();
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch readStarted = new CountDownLatch(1);
        executor.read(() -> {
            readStarted.countDown();
            Thread.sleep(300);
            done.add("read");
            return null;
        }, ignored -> { }, failure -> { });
        executor.write(() -> {
            Thread.sleep(200);
            done.add("first edit");
            return null;
        }, ignored -> { }, failure -> { });
        executor.write(() -> done.add("second edit, queued behind the first"), ignored -> { }, failure -> { });
        assertThat(readStarted.await(5, TimeUnit.SECONDS)).isTrue();

        executor.shutdown(Duration.ofSeconds(10));

        assertThat(done).containsExactlyInAnyOrder("read", "first edit", "second edit, queued behind the first");
        assertThat(done.indexOf("first edit")).isLessThan(done.indexOf("second edit, queued behind the first"));
    }

    @Test
    void nothingSubmittedAfterShutdownRuns() throws Exception {
        SwingExecutor executor = new SwingExecutor();
        executor.shutdown(Duration.ofSeconds(1));
        List<String> ran = new CopyOnWriteArrayList<>();
        executor.write(() -> ran.add("late edit"), ignored -> { }, failure -> { });
        executor.read(() -> ran.add("late read"), ignored -> { }, failure -> { });
        Thread.sleep(100);
        assertThat(ran).isEmpty();
        assertThat(executor.idle()).as("refused work is not left pending").isTrue();
    }
}
