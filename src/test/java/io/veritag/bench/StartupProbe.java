package io.veritag.bench;

import io.veritag.Veritag;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JTable;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;

/**
 * The start-up benchmark's probe, watching the program from outside it: once the first window (the workbench,
 * or on an empty database the name dialog) has opened and painted, it prints {@code veritag-visible} (timed by
 * whoever reads it); when that window is the workbench, which opens before its database, {@code veritag-listed}
 * once its article list shows the articles; and, after {@code hold} more milliseconds, {@code veritag-rss <kB resident>}, then
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

    /**
     * Starts watching once the program has set the system properties it sets just before it starts AWT: asking
     * for the toolkit any earlier would start AWT ahead of the program, on the main thread, before its own
     * properties and in place of its own start of AWT, and so time something else than a real start.
     */
    private static void watch(long holdMillis) {
        Thread waiting = new Thread(() -> {
            while (System.getProperty("flatlaf.useWindowDecorations") == null) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            listen(holdMillis);
        }, "veritag-startup-probe");
        waiting.setDaemon(true);
        waiting.start();
    }

    private static void listen(long holdMillis) {
        AtomicBoolean reported = new AtomicBoolean();
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof Window window
                    && reported.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> report(window, holdMillis));
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        // the program may have opened its window before this thread got here: then that is the one
        SwingUtilities.invokeLater(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && reported.compareAndSet(false, true)) {
                    report(window, holdMillis);
                    return;
                }
            }
        });
    }

    /** The first component named {@code name} under {@code root}, depth first, or null. */
    static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            Component found = child instanceof Container inner ? find(inner, name) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void report(Window window, long holdMillis) {
        if (window instanceof RootPaneContainer container) {
            var root = container.getRootPane();
            root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        }
        Toolkit.getDefaultToolkit().sync();
        System.out.println("veritag-visible"); // the benchmark times its arrival
        System.out.flush();
        // the workbench opens before its database: then also report when its article list shows the articles
        CountDownLatch listed = new CountDownLatch("workbench".equals(window.getName()) ? 1 : 0);
        if (listed.getCount() > 0) {
            javax.swing.Timer poll = new javax.swing.Timer(5, null);
            poll.addActionListener(e -> {
                if (find(window, "articleTable") instanceof JTable table && table.getRowCount() > 0) {
                    poll.stop();
                    System.out.println("veritag-listed");
                    System.out.flush();
                    listed.countDown();
                }
            });
            poll.start();
        }
        Thread exit = new Thread(() -> {
            try {
                listed.await(30, TimeUnit.SECONDS);
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
