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
 * {@code main} ("runtime, main and command line"), the look and feel, the first paint of the window (with the
 * annotator known, the window as it looks while the database opens), and on the database's own thread the
 * database opened and its first query (the annotator's labeling); then the workbench built in the window and the
 * article list shown in it (on a first start, also the components readied off screen behind the name dialog). Written as one line to the log once the window has painted and the articles are
 * listed (and never before: the logger's own start-up must not sit on the path to the window). Only the
 * program's first window is timed.
 */
final class StartupTimeline {
    private static final List<String> MARKS = new ArrayList<>();
    private static final Optional<Instant> PROCESS_START = processStart();
    /** Which of the two last phases (first paint, articles listed) happened. */
    private static final java.util.Set<String> REACHED = new java.util.HashSet<>();
    private static boolean written;

    private StartupTimeline() {
    }

    /** Records that {@code phase} has just ended (any thread). */
    static synchronized void mark(String phase) {
        if (written) {
            return; // a later window (File → Open team database) is not start-up
        }
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

    /** Marks the first paint; the line is written once the articles are listed too. */
    static void firstPaint() {
        reached("first paint");
    }

    /** Marks the article list filled in the workbench; the line is written once the window has painted too. */
    static void articlesListed() {
        reached("articles listed");
    }

    private static void reached(String phase) {
        String line;
        synchronized (StartupTimeline.class) {
            if (written || !REACHED.add(phase)) {
                return;
            }
            mark(phase);
            if (REACHED.size() < 2) {
                return;
            }
            written = true;
            line = "start-up, from the process start: " + String.join(", ", MARKS);
            MARKS.clear();
        }
        Thread writer = new Thread(() -> LoggerFactory.getLogger(StartupTimeline.class).info(line), "veritag-startup-log");
        writer.setDaemon(true);
        writer.start();
    }
}
