package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Span;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved means on disk: a process killed with SIGKILL loses none of the commits it had acknowledged. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void killMinusNineLosesNoAcknowledgedCommit() throws Exception {
        String path = dir.resolve("durable").toString();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitWriterMain.class.getName(), path)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<Long> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            String line;
            while (acknowledged.size() < 1500 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line));
            }
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final flush
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(1500);

        try (Database reopened = Database.open(path)) {
            Set<Long> stored = new HashSet<>();
            reopened.store().spans().forArticle(1, 1).stream().map(Span::id).forEach(stored::add);
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
