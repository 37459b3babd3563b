package io.veritag.ui;

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
    private static final Optional<Instant> PROCESS_START = ProcessHandle.current().info().startInstant();

    private StartupTimeline() {
    }

    /** Records that {@code phase} has just ended (any thread). */
    static synchronized void mark(String phase) {
        PROCESS_START.ifPresent(start -> MARKS.add(phase + " " + Duration.between(start, Instant.now()).toMillis() + " ms"));
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
