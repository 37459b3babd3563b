package io.veritag.bench;

import io.veritag.Veritag;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;

/**
 * The start-up benchmark's probe, watching the program from outside it: once the first window (the workbench,
 * or on an empty database the name dialog) has opened and painted, it prints {@code veritag-visible} (timed by
 * whoever reads it) and, after {@code hold} more milliseconds, {@code veritag-rss <kB resident>}, then
 * closes the window as a user would. As a Java agent ({@code JAVA_TOOL_OPTIONS=-javaagent:probe.jar=hold}) it works with any
 * launcher, the desktop image's included; as a main class it starts {@link Veritag#main} itself.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void premain(String hold, Instrumentation ignored) {
        watch(hold == null || hold.isBlank() ? 0 : Long.parseLong(hold.strip()));
    }

    public static void main(String[] args) {
        watch(0);
        Veritag.main(args);
    }

    private static void watch(long holdMillis) {
        AtomicBoolean reported = new AtomicBoolean();
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof Window window
                    && reported.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> report(window, holdMillis));
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
    }

    private static void report(Window window, long holdMillis) {
        if (window instanceof RootPaneContainer container) {
            var root = container.getRootPane();
            root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        }
        Toolkit.getDefaultToolkit().sync();
        System.out.println("veritag-visible"); // the benchmark times its arrival
        System.out.flush();
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(holdMillis);
                Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                        .findFirst().ifPresent(line -> System.out.println("veritag-rss " + line.replaceAll("\\D", "")));
            } catch (Exception e) {
                // no /proc: no memory figure
            }
            System.out.flush();
            // closed as a user closes it, so that the database is closed cleanly, as after a day's work
            SwingUtilities.invokeLater(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(0); // it did not end by itself
        }, "startup-probe");
        exit.setDaemon(true);
        exit.start();
    }
}
