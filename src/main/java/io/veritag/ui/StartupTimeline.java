package io.veritag.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * When each phase of start-up ended, counted from the moment the process started: the Java runtime up to
 * {@code main}, the look and feel, the database opened, its first query, the first paint of the window. Written
 * as one line to the log once the window has painted (and never before: the logger's own start-up must not
 * sit on the path to the window).
 */
final class StartupTimeline {
    private static final List<String> MARKS = new ArrayList<>();
    private static final Optional<Instant> PROCESS_START = processStart();

    private StartupTimeline() {
    }

    /** Records that {@code phase} has just ended (any thread). */
    static synchronized void mark(String phase) {
        PROCESS_START.ifPresent(start -> MARKS.add(phase + " " + Duration.between(start, Instant.now()).toMillis() + " ms"));
    }

    /**
     * When this process started. On Linux the kernel's own figures are exact to its clock tick (10 ms), while
     * {@link ProcessHandle.Info#startInstant()} adds them to a boot time kept in whole seconds, which would shift
     * every phase by up to a second.
     */
    private static Optional<Instant> processStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may itself hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startedAfterBootSeconds = Long.parseLong(fields[19]) / 100.0; // starttime, in clock ticks (USER_HZ)
            double upSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long ageMillis = Math.round((upSeconds - startedAfterBootSeconds) * 1000);
            return Optional.of(Instant.now().minusMillis(ageMillis));
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant();
        }
    }

    /** Marks the first paint and writes the line, off the event thread. */
    static void firstPaint() {
        mark("first paint");
        String line;
        synchronized (StartupTimeline.class) {
            line = "start-up, from the process start: " + String.join(", ", MARKS);
            MARKS.clear();
        }
        Thread writer = new Thread(() -> LoggerFactory.getLogger(StartupTimeline.class).info(line), "veritag-startup-log");
        writer.setDaemon(true);
        writer.start();
    }
}
