package io.veritag.bench;

import io.veritag.Veritag;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;

/**
 * The scale benchmark's window probe (issue 17): starts {@link Veritag#main} in this JVM and uses the workbench
 * as a person does, with key events posted to the window's own event queue (as the display sends them), timing
 * on the EDT with {@link System#nanoTime} from the key's posting to the window painted with its result. It prints,
 * one a line, for {@link ScaleBench} to read:
 * <ul>
 *   <li>{@code veritag-listed} once the article list shows the articles and has been painted (the reader times
 *       its arrival from the process start);</li>
 *   <li>{@code veritag-key <key> <ms> <rows> <EDT cpu ms> <gc ms>} for each key typed into the article filter ({@link #FILTER}, one
 *       character at a time, then Backspace until it is empty): from the key to the list showing that filter's
 *       rows (the table's {@code articleList.filterShown} property naming the field's text), painted;</li>
 *   <li>{@code veritag-next <ms> <EDT cpu ms> <gc ms>} for each Alt+Down (Next article) in the text: from the key to the next
 *       article's text in the window and its row selected, painted;</li>
 *   <li>{@code veritag-rss <kB>}, then it closes the window as a user does (the database closes cleanly).</li>
 * </ul>
 * The EDT's own CPU time and the collectors' time over the same interval tell the window's own work apart from
 * waiting for the processor (other threads, other programs) and for collections. Between keys it waits {@link #PAUSE_MS} ms, about a quick typist's pace.
 */
public final class WindowProbe {
    /** A title search as a person types it: every article matches the first letters, a handful the last ones. */
    static final String FILTER = "article 4711";
    static final int NEXT_MOVES = 20;
    static final long PAUSE_MS = 80;
    /** The table's client property the article list sets to the filter text whose rows it shows. */
    static final String FILTER_SHOWN = "articleList.filterShown";
    private static final long TIMEOUT_NS = 300_000_000_000L;
    private static final int STEP_TIMEOUT_MS = 60_000;

    private static final java.lang.management.ThreadMXBean EDT_CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private WindowProbe() {
    }

    /** Milliseconds the collectors have spent so far (their pauses stop the EDT too). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    public static void main(String[] args) {
        AtomicBoolean seen = new AtomicBoolean();
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof Window window
                    && "workbench".equals(window.getName()) && seen.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> new WindowProbe.Run(window).waitForList());
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        Veritag.main(args);
    }

    private static Component find(Container root, String name) {
        return StartupProbe.find(root, name);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** One run of the steps, each on the EDT, each starting the next when its result is painted. */
    private static final class Run {
        private final Window window;
        private final long started = System.nanoTime();
        private JTable table;
        private JTextField filter;
        private JComponent text;

        Run(Window window) {
            this.window = window;
        }

        private void paintAll() {
            if (window instanceof RootPaneContainer container) {
                var root = container.getRootPane();
                root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
            }
            Toolkit.getDefaultToolkit().sync();
        }

        private int steps;

        /** Fails the run if step number {@code step} has not ended after {@link #STEP_TIMEOUT_MS}. */
        private void watch(int step, String what) {
            int mine = ++steps;
            later(STEP_TIMEOUT_MS, () -> {
                if (steps == mine) {
                    fail(what + " did not end within " + STEP_TIMEOUT_MS / 1000 + " s");
                }
            });
        }

        private void later(long millis, Runnable step) {
            javax.swing.Timer timer = new javax.swing.Timer((int) millis, e -> step.run());
            timer.setRepeats(false);
            timer.start();
        }

        private boolean stopped;

        private void fail(String why) {
            if (stopped) {
                return;
            }
            stopped = true;
            steps++;
            say("veritag-probe-failed " + why);
            close();
        }

        void waitForList() {
            if (System.nanoTime() - started > TIMEOUT_NS) {
                fail("the article list never showed articles");
                return;
            }
            if (find(window, "articleTable") instanceof JTable t && t.getRowCount() > 0
                    && find(window, "articleFilter") instanceof JTextField f
                    && find(window, "articleText") instanceof JComponent area) {
                table = t;
                filter = f;
                text = area;
                paintAll();
                say("veritag-listed");
                later(1000, this::focusFilter); // the first article opens meanwhile, as it does for a person
                return;
            }
            later(5, this::waitForList);
        }

        private void focusFilter() {
            filter.requestFocusInWindow();
            later(200, () -> {
                if (!filter.isFocusOwner()) {
                    fail("the article filter did not get the keyboard focus");
                    return;
                }
                typeKey(0);
            });
        }

        /** Keys 0..n-1 type FILTER's characters, keys n..2n-1 delete them again. */
        private void typeKey(int step) {
            if (stopped) {
                return;
            }
            int n = FILTER.length();
            if (step == 2 * n) {
                later(PAUSE_MS, this::focusText);
                return;
            }
            boolean typing = step < n;
            String expected = typing ? FILTER.substring(0, step + 1) : FILTER.substring(0, 2 * n - step - 1);
            String keyName = typing ? "'" + FILTER.charAt(step) + "'" : "Backspace";
            long start = System.nanoTime();
            long cpu = EDT_CPU.getCurrentThreadCpuTime();
            long gc = gcMillis();
            watch(step, "filter key " + keyName);
            whenDone(table, FILTER_SHOWN, value -> expected.equals(value), start, ms -> {
                steps++;
                say(String.format(java.util.Locale.ROOT, "veritag-key %s %.2f %d %.2f %d", keyName.replace(' ', '_'), ms,
                        table.getRowCount(), (EDT_CPU.getCurrentThreadCpuTime() - cpu) / 1e6, gcMillis() - gc));
                later(PAUSE_MS, () -> typeKey(step + 1));
            });
            if (typing) {
                char c = FILTER.charAt(step);
                int code = KeyEvent.getExtendedKeyCodeForChar(c);
                key(filter, code, c, 0);
            } else {
                key(filter, KeyEvent.VK_BACK_SPACE, '\b', 0);
            }
        }

        private void focusText() {
            text.requestFocusInWindow();
            later(200, () -> {
                if (!text.isFocusOwner()) {
                    fail("the article text did not get the keyboard focus");
                    return;
                }
                next(0);
            });
        }

        private void next(int move) {
            if (stopped) {
                return;
            }
            if (move == NEXT_MOVES) {
                close();
                return;
            }
            int from = table.getSelectedRow();
            long start = System.nanoTime();
            long cpu = EDT_CPU.getCurrentThreadCpuTime();
            long gc = gcMillis();
            watch(move, "Next article " + (move + 1));
            // the next article is in the window once its text is (a new document) and its row is selected
            PropertyChangeListener[] holder = new PropertyChangeListener[1];
            holder[0] = e -> {
                text.removePropertyChangeListener("document", holder[0]);
                SwingUtilities.invokeLater(() -> {
                    if (table.getSelectedRow() != from + 1) {
                        fail("Next article selected row " + table.getSelectedRow() + " after row " + from);
                        return;
                    }
                    paintAll();
                    steps++;
                    say(String.format(java.util.Locale.ROOT, "veritag-next %.2f %.2f %d", (System.nanoTime() - start) / 1e6,
                            (EDT_CPU.getCurrentThreadCpuTime() - cpu) / 1e6, gcMillis() - gc));
                    later(PAUSE_MS, () -> next(move + 1));
                });
            };
            text.addPropertyChangeListener("document", holder[0]);
            key(text, KeyEvent.VK_DOWN, KeyEvent.CHAR_UNDEFINED, InputEvent.ALT_DOWN_MASK);
        }

        /**
         * Once {@code component}'s {@code property} passes {@code test}, after the event that set it is done,
         * paints the window and gives {@code done} the milliseconds since {@code start}.
         */
        private void whenDone(JComponent component, String property, java.util.function.Predicate<Object> test,
                              long start, Consumer<Double> done) {
            PropertyChangeListener[] holder = new PropertyChangeListener[1];
            holder[0] = e -> {
                if (test.test(e.getNewValue())) {
                    component.removePropertyChangeListener(property, holder[0]);
                    SwingUtilities.invokeLater(() -> {
                        paintAll();
                        done.accept((System.nanoTime() - start) / 1e6);
                    });
                }
            };
            component.addPropertyChangeListener(property, holder[0]);
        }

        /** A key press, its typed character (when it has one) and release, as the display sends them. */
        private void key(Component to, int code, char c, int modifiers) {
            EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            long when = System.currentTimeMillis();
            queue.postEvent(new KeyEvent(to, KeyEvent.KEY_PRESSED, when, modifiers, code, c));
            if (c != KeyEvent.CHAR_UNDEFINED) {
                queue.postEvent(new KeyEvent(to, KeyEvent.KEY_TYPED, when, modifiers, KeyEvent.VK_UNDEFINED, c));
            }
            queue.postEvent(new KeyEvent(to, KeyEvent.KEY_RELEASED, when, modifiers, code, c));
        }

        private void close() {
            try {
                Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                        .findFirst().ifPresent(line -> say("veritag-rss " + line.replaceAll("\\D", "")));
            } catch (Exception e) {
                // no /proc: no memory figure
            }
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(600_000); // a backup under way when it closes is waited for
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(0); // it did not end by itself
            }, "window-probe");
            halt.setDaemon(true);
            halt.start();
        }
    }
}
