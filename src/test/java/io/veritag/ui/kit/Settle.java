package io.veritag.ui.kit;

import java.time.Duration;
import org.assertj.swing.core.Robot;

/** The one wait of the window tests: for the events to be handled and the database work they started. */
public final class Settle {
    private Settle() {
    }

    /**
     * Waits until the EDT has handled what is queued, the executor has delivered every result (and what those
     * deliveries submitted in turn), and the EDT has handled what the deliveries queued.
     */
    public static void settle(Robot robot, SwingExecutor executor) {
        robot.waitForIdle();
        try {
            executor.awaitIdle(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        robot.waitForIdle();
    }
}
