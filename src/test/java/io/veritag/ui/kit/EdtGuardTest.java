package io.veritag.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.service.Workspace;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The guard the window tests rely on fails a query on the EDT, and lets the executor's queries through. */
class EdtGuardTest {
    @Test
    void aQueryOnTheEdtFailsTheGuardAndTheExecutorsQueriesDoNot() throws Exception {
        EdtGuard guard = new EdtGuard();
        try (Workspace workspace = new Workspace(guard.database())) {
            SwingExecutor executor = new SwingExecutor();
            AtomicReference<Long> count = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> executor.read(() -> workspace.catalog().articleCount(), count::set,
                    e -> { }));
            executor.awaitIdle(Duration.ofSeconds(10));
            assertThat(count.get()).isZero();
            guard.assertNoQueryRanOnTheEdt();

            SwingUtilities.invokeAndWait(() -> assertThatThrownBy(() -> workspace.catalog().articleCount())
                    .hasMessageContaining("event dispatch thread"));
            assertThatThrownBy(guard::assertNoQueryRanOnTheEdt).hasMessageContaining("EdtGuardTest");
        }
    }

    @Test
    void writesRunInTheOrderTheyWereSubmittedAndResultsArriveOnTheEdt() throws Exception {
        SwingExecutor executor = new SwingExecutor();
        StringBuffer order = new StringBuffer();
        AtomicReference<Boolean> onEdt = new AtomicReference<>(true);
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < 50; i++) {
                int n = i;
                executor.write(() -> {
                    Thread.sleep(n % 3); // uneven work: a pool would finish them out of order
                    order.append(n).append(',');
                    return n;
                }, result -> onEdt.set(onEdt.get() && SwingUtilities.isEventDispatchThread()), e -> { });
            }
        });
        executor.awaitIdle(Duration.ofSeconds(20));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            expected.append(i).append(',');
        }
        assertThat(order.toString()).isEqualTo(expected.toString());
        assertThat(onEdt.get()).isTrue();
        assertThat(executor.idle()).isTrue();
    }
}
