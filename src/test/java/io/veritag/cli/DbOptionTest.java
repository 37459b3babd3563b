package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 2 through the command line: a hostile --db is one clear line, and no port is opened. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DbOptionTest {
    @TempDir
    Path dir;

    @Test
    void aPathWithSettingsIsRefusedWithOneLineAndOpensNoPort() throws IOException {
        CommandRun veritag = new CommandRun(dir.resolve("team") + ";AUTO_SERVER=TRUE");
        assertThat(veritag.run("articles")).isEqualTo(1);
        assertThat(veritag.err().lines().toList()).containsExactly("veritag: Refused database " + dir.resolve("team")
                + ";AUTO_SERVER=TRUE: a path cannot contain ';' (H2 would read what follows as settings)");
        assertThat(dir).isEmptyDirectory();
        assertThat(listeningSocketsOfThisProcess()).isEmpty();
    }

    @Test
    void aUrlAskingForAServerIsRefusedWithOneLine() {
        for (String url : List.of("jdbc:h2:file:" + dir.resolve("t") + ";AUTO_SERVER=TRUE", "jdbc:h2:tcp://localhost/~/t",
                "jdbc:h2:file:" + dir.resolve("t") + ";WRITE_DELAY=1000")) {
            CommandRun veritag = new CommandRun(url);
            assertThat(veritag.run("articles")).as(url).isEqualTo(1);
            assertThat(veritag.err()).as(url).startsWith("veritag: Refused database ").doesNotContain("\tat ");
            assertThat(veritag.err().lines()).as(url).hasSize(1);
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLocalUrlWorksWithTheSameSettings() {
        CommandRun veritag = new CommandRun("jdbc:h2:file:" + dir.resolve("t"));
        assertThat(veritag.run("import", "--samples")).isZero();
        assertThat(dir.resolve("t.mv.db")).exists();
    }

    /** TCP sockets in LISTEN state that this JVM holds open (Linux: /proc/net/tcp* matched with /proc/self/fd). */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A")) {
                    listening.add("socket:[" + f[9] + "]");
                }
            }
        }
        Set<String> mine = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    mine.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listing
                }
            }
        }
        mine.retainAll(listening);
        return mine;
    }
}
