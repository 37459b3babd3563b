package io.veritag.ui;

import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.service.WorkspaceOpenException;
import io.veritag.service.care.DatabaseCare;
import io.veritag.ui.kit.SwingExecutor;
import io.veritag.ui.kit.UiExecutor;
import java.awt.Graphics2D;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Opens the workbench window. FlatLaf is set up the FlatLaf way: system properties before AWT starts, the
 * look and feel installed before any component, the UI built on the EDT. The workspace is opened off the
 * EDT, and every later database call goes through one {@link UiExecutor}; if another program holds the
 * database, the user gets one line and the program ends. A damaged database file gets the ways out (restore
 * the newest backup, recovery, quit); an uncaught exception anywhere gets {@link CrashReporter}'s report, and
 * after one the program never ends with exit code 0.
 */
public final class Workbench {
    /** Exit code: the database cannot be opened (in use, refused) or start-up failed. */
    private static final int CANNOT_START = 1;
    /** Exit code: the database is damaged and the user quit rather than restore or recover it. */
    private static final int DAMAGED = 3;
    /** How long the database waits at most for the window's first paint before it opens anyway. */
    private static final long WINDOW_FIRST_MILLIS = 1_500;

    private Workbench() {
    }

    /**
     * Completes when the window is on screen, or after {@link #WINDOW_FIRST_MILLIS} if it is not by then (hidden,
     * or a very busy machine): the database's opening waits for it, never for long.
     */
    private static CompletableFuture<Void> onScreenOrSoon(CompletableFuture<Void> onScreen) {
        return onScreen.completeOnTimeout(null, WINDOW_FIRST_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** What start-up reads before the window is built: the annotator's labeling, or the names to choose from. */
    private record Opened(Workspace workspace, Optional<LabelingService> labeling, List<String> known) {
    }

    /** Set on a window's root pane when another window takes its place: closing it then does not end the program. */
    private static final String REPLACED = "veritag.replaced";

    /**
     * Entry from the command line.
     *
     * <p>When the annotator is known (--annotator, or remembered), the window opens at once, as soon as the
     * look and feel is installed, showing the menus and the article list's place in its loading state
     * ({@link OpeningView}); the database opens and is read on another thread meanwhile, and the workbench takes
     * the window's content when it is ready. On a first start the name dialog comes first, as it needs the
     * names the database knows; on a database that does not exist yet it comes at once (there are no names).
     *
     * @param workspaces    opens the workspace named by --db (called once, off the EDT)
     * @param annotatorName the --annotator value, or null for the remembered annotator
     * @param newDatabase   the database does not exist yet: opening it makes a new, empty one
     */
    public static void open(Supplier<Workspace> workspaces, String annotatorName, boolean newDatabase) {
        StartupTimeline.mark("runtime, main and command line");
        Theme.startAwt(); // while the preferences are read and FlatLaf loads its defaults
        CrashReporter.install();
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        String name = Optional.ofNullable(annotatorName).or(prefs::annotator).orElse(null);
        Supplier<Workspace> opening = workspaces;
        if (name == null && newDatabase) {
            Welcomed welcomed = welcome(workspaces, prefs);
            if (welcomed == null) {
                return;
            }
            name = welcomed.name();
            opening = welcomed.workspace();
        }
        OpeningWindow window = name == null ? OpeningWindow.NONE : new OpeningWindow();
        Opened opened = openWithTheme(opening, name, prefs, window);
        if (opened == null) {
            return;
        }
        SwingExecutor executor = new SwingExecutor();
        SwingUtilities.invokeLater(() -> {
            if (window.closedByUser()) { // quit while the database opened: nothing was shown of it
                opened.workspace().close();
                stop(executor);
                CrashReporter.exit(0);
                return;
            }
            if (opened.labeling().isPresent()) {
                start(opened.workspace(), opened.labeling().get(), prefs, executor, window.frame());
                return;
            }
            // a team server's login is the annotator, so this is a first start with no window shown yet
            window.close();
            Workspace workspace = opened.workspace();
            askWhoLabels(workspace, executor, opened.known(), labeling -> start(workspace, labeling, prefs, executor, null), () -> {
                workspace.close();
                CrashReporter.exit(0);
            });
        });
    }

    /** {@link #open(Supplier, String, boolean)} on a database that may exist. */
    public static void open(Supplier<Workspace> workspaces, String annotatorName) {
        open(workspaces, annotatorName, false);
    }

    /** The name given in the welcome, and the new database, made (or being made) behind it. */
    private record Welcomed(String name, Supplier<Workspace> workspace) {
    }

    /**
     * The very first start, on a database that does not exist yet: it knows no names, so the welcome asks for
     * one as soon as the look and feel is installed, and the new database is made behind it once the dialog is
     * on screen. Null when the user cancelled: the program then ends, the new database closed cleanly.
     */
    private static Welcomed welcome(Supplier<Workspace> workspaces, WorkbenchPrefs prefs) {
        Theme.installOnce(prefs.dark());
        StartupTimeline.mark("look and feel");
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture<Workspace> making = onScreenOrSoon(shown).thenApplyAsync(ready -> workspaces.get());
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                answer.complete(AnnotatorChooser.choose(null, List.of(), null, true, () -> shown.complete(null)));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
                throw e;
            }
        });
        Optional<String> chosen = answer.join();
        if (chosen.isEmpty()) {
            try {
                making.join().close();
            } catch (CompletionException failed) {
                // nothing was made, nothing to close; the user has left
            }
            CrashReporter.exit(0);
            return null;
        }
        return new Welcomed(chosen.get(), making::join);
    }

    /**
     * The window start-up shows before the database is open, or {@link #NONE}. Its frame is made and shown on
     * the EDT, before anything start-up queues there later; read it only there.
     */
    private static class OpeningWindow {
        static final OpeningWindow NONE = new OpeningWindow() {
            {
                painted.complete(null);
            }

            @Override
            void show(WorkbenchPrefs prefs) {
            }
        };

        private WorkbenchFrame frame;
        /** Completed once the window has first been painted (at once for {@link #NONE}). */
        final CompletableFuture<Void> painted = new CompletableFuture<>();

        /**
         * Queues the window's showing on the EDT. No warm-up of the workbench's components follows it, as it
         * does when no window is shown: it would keep the EDT from the window's own events (its first paint, the
         * user's first click) for as long as it takes.
         */
        void show(WorkbenchPrefs prefs) {
            SwingUtilities.invokeLater(() -> {
                frame = WorkbenchFrame.opening(prefs, () -> {
                    StartupTimeline.firstPaint();
                    painted.complete(null);
                });
                frame.setVisible(true); // at the remembered place, or centred (WindowLayout)
            });
        }

        /** The window, or null when none was shown. EDT only. */
        WorkbenchFrame frame() {
            return frame;
        }

        /** True once the user closed the window before the workbench was in it. EDT only. */
        boolean closedByUser() {
            return frame != null && !frame.isDisplayable();
        }

        /** Closes the window (start-up failed, or the name dialog comes instead). EDT only. */
        void close() {
            if (frame != null) {
                frame.dispose();
            }
        }

        /** {@link #close} from any thread, waiting until it is done. */
        void closeAndWait() {
            if (SwingUtilities.isEventDispatchThread()) {
                close();
                return;
            }
            try {
                SwingUtilities.invokeAndWait(this::close);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException("closing the opening window failed", e.getCause());
            }
        }

        /** Whether the user closed the window (on any thread, waiting for the EDT). */
        boolean closedByUserNow() {
            if (this == NONE) {
                return false;
            }
            CompletableFuture<Boolean> closed = new CompletableFuture<>();
            SwingUtilities.invokeLater(() -> closed.complete(closedByUser()));
            return closed.join();
        }
    }

    /**
     * Start-up up to the workbench: the workspace opened (and the annotator's labeling made, when {@code name}
     * is known) while FlatLaf initialises, then {@code window} shown; null when it cannot open, after telling
     * the user (and closing the window). A damaged file is opened again once the user restored or recovered it.
     */
    private static Opened openWithTheme(Supplier<Workspace> workspaces, String name, WorkbenchPrefs prefs,
                                        OpeningWindow window) {
        Theme.startAwt();
        // The database opens on another thread, and its first queries pay jOOQ's one-time set-up there, not on
        // the EDT. When a window is shown first, that thread waits for the window's first paint: on two cores
        // the two would otherwise share the machine, and the window would paint late without the articles
        // arriving any sooner (measured: first paint 1.4 s -> 0.8 s, articles listed unchanged).
        CompletableFuture<Opened> opening = onScreenOrSoon(window.painted).thenApplyAsync(painted -> {
            Workspace workspace = workspaces.get();
            StartupTimeline.mark("database open");
            Opened opened = read(workspace, name);
            StartupTimeline.mark("first query");
            return opened;
        });
        Theme.installOnce(prefs.dark());
        StartupTimeline.mark("look and feel");
        if (window != OpeningWindow.NONE) {
            window.show(prefs);
        } else if (!opening.isDone()) { // the window is built only after the first query: ready its parts meanwhile
            SwingUtilities.invokeLater(Workbench::warmUp);
        }
        while (true) {
            try {
                return opening.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (window.closedByUserNow()) { // the user quit while it opened: no message for them
                    CrashReporter.exit(cause instanceof WorkspaceOpenException failed && failed.damaged()
                            || DatabaseCare.isDamage(cause) ? DAMAGED : CANNOT_START);
                    return null;
                }
                if (cause instanceof IllegalArgumentException badName) {
                    showAndExit(window, "--annotator: " + badName.getMessage(), CANNOT_START);
                    return null;
                }
                if (cause instanceof WorkspaceOpenException failed && failed.damaged()) {
                    // the user chooses a way out (restore, recovery) or quits; nothing is overwritten unasked
                    Optional<String> next = DamagedDatabasePrompt.resolve(failed.location(), failed.getMessage());
                    if (next.isEmpty()) {
                        window.closeAndWait();
                        CrashReporter.exit(DAMAGED);
                        return null;
                    }
                    opening = CompletableFuture.supplyAsync(() -> read(Workspace.open(next.get()), name));
                    continue;
                }
                if (DatabaseCare.isDamage(cause)) { // found by the first reads, after the file opened
                    showAndExit(window, DatabaseCare.damageAdvice(cause, Instant.now()).orElseThrow(), DAMAGED);
                    return null;
                }
                if (!(cause instanceof WorkspaceOpenException failed)) {
                    window.closeAndWait();
                    throw e;
                }
                showAndExit(window, failed.inUse() ? failed.getMessage() : "Cannot open the database: " + failed.getMessage(),
                        CANNOT_START);
                return null;
            }
        }
    }

    private static void warmUp() {
        try {
            SwingWarmUp.paintOnce();
            StartupTimeline.mark("components ready");
        } catch (RuntimeException e) { // only a head start: the window is built the same without it
            org.slf4j.LoggerFactory.getLogger(Workbench.class).debug("warming up the components failed", e);
        }
    }

    /** The first reads, off the EDT: the annotator's labeling when {@code name} is known, else the names to choose from. */
    private static Opened read(Workspace opened, String remembered) {
        // on a team server the annotator is the database login, never a typed or remembered name
        String name = opened.serverLogin().orElse(remembered);
        try {
            if (name != null) {
                return new Opened(opened, Optional.of(opened.labeling(opened.catalog().annotator(name))), List.of());
            }
            return new Opened(opened, Optional.empty(), WindowActions.names(opened.catalog().knownAnnotators()));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * First start: asks who labels (from the names read beforehand), then creates the annotator if new and
     * makes their labeling off the EDT, and hands it to {@code start}. Call on the EDT.
     */
    static void askWhoLabels(Workspace workspace, UiExecutor executor, List<String> known,
                             Consumer<LabelingService> start, Runnable cancelled) {
        Optional<String> chosen = AnnotatorChooser.choose(null, known, null, true);
        if (chosen.isEmpty()) {
            cancelled.run();
            return;
        }
        executor.write(() -> workspace.labeling(workspace.catalog().annotator(chosen.get())), start,
                e -> showAndExit("Cannot start: " + e.getMessage(), CANNOT_START));
    }

    /**
     * Shows the workbench: in {@code window} when start-up showed it before the database was open, else in a
     * new window. Call on the EDT.
     */
    private static void start(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, SwingExecutor executor,
                              WorkbenchFrame window) {
        if (workspace.serverLogin().isEmpty()) { // a team login is not the name to remember for the own database
            prefs.setAnnotator(labeling.annotator().name());
        }
        WorkbenchFrame frame = window != null ? window : WorkbenchFrame.blank(prefs);
        fill(frame, workspace, labeling, prefs, executor, StartupTimeline::articlesListed);
        StartupTimeline.mark("workbench built");
        workspace.startBackups(failure -> {
            if (DatabaseCare.isDamage(failure)) {
                SwingUtilities.invokeLater(() -> DamageNotice.show(frame, failure.getMessage()));
            }
        });
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                try {
                    executor.shutdown(java.time.Duration.ofSeconds(10)); // queued edits written, reads ended
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                workspace.close(); // waits for a running backup
                if (!Boolean.TRUE.equals(frame.getRootPane().getClientProperty(REPLACED))) {
                    CrashReporter.exit(0);
                }
            }
        });
        if (window == null) {
            frame.setVisible(true); // at the remembered place, or centred (WindowLayout)
        }
        // after the first paint (when the database was quicker than the opening view's first paint, this one)
        SwingUtilities.invokeLater(StartupTimeline::firstPaint);
        SwingUtilities.invokeLater(frame::offerSamplesIfEmpty);
    }

    /**
     * Opens another database in place of the one {@code current} shows (File → Open team database…): it is
     * opened and read off the EDT first, and only when that worked does the current window close (its edits
     * written, its database closed) and a new one open. Otherwise {@code failed} gets one line and nothing
     * changes. Call on the EDT.
     */
    static void openInstead(JFrame current, Supplier<Workspace> next, Runnable done, Consumer<String> failed) {
        SwingExecutor executor = new SwingExecutor();
        executor.read(() -> read(next.get(), null), opened -> {
            if (opened.labeling().isEmpty()) { // a server login is always known; a file may ask who labels
                opened.workspace().close();
                failed.accept("This database does not say who labels: open it with --db instead.");
                stop(executor);
                return;
            }
            done.run();
            current.getRootPane().putClientProperty(REPLACED, true);
            current.dispose();
            start(opened.workspace(), opened.labeling().get(), WorkbenchPrefs.user(), executor, null);
        }, e -> {
            failed.accept(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            stop(executor);
        });
    }

    private static void stop(SwingExecutor unused) {
        try {
            unused.shutdown(java.time.Duration.ofSeconds(1)); // nothing runs on it any more
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Builds the window on an open workspace for a given annotator, without asking anything: the way tests
     * and benchmarks open it. Call on the EDT, with {@code labeling} made off it; the caller closes the workspace.
     */
    static WorkbenchFrame create(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, UiExecutor executor) {
        WorkbenchController controller = new WorkbenchController(workspace, labeling, prefs, executor);
        WorkbenchFrame frame = new WorkbenchFrame(controller, workspace.location());
        finish(frame, controller, workspace, executor, () -> { });
        return frame;
    }

    /** Puts the workbench into {@code frame} (the window start-up showed while the database opened). */
    private static void fill(WorkbenchFrame frame, Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs,
                             UiExecutor executor, Runnable listed) {
        WorkbenchController controller = new WorkbenchController(workspace, labeling, prefs, executor);
        frame.attach(controller, workspace.location());
        finish(frame, controller, workspace, executor, listed);
    }

    /** What the workbench adds to its window beyond the frame's own parts; then the article list is read. */
    private static void finish(WorkbenchFrame frame, WorkbenchController controller, Workspace workspace, UiExecutor executor,
                               Runnable listed) {
        // loaded by the toolkit in the background: the icon costs start-up nothing
        frame.setIconImage(java.awt.Toolkit.getDefaultToolkit().getImage(Workbench.class.getResource("/io/veritag/veritag.png")));
        frame.getJMenuBar().add(HelpMenu.build(frame, workspace, executor));
        controller.loadArticles(null, listed);
        TeamWatch.attach(frame, controller); // a team server only: online/offline, others' progress
    }

    /**
     * Goes through start-up as {@link #open} does, then builds the window for {@code annotatorName} and paints
     * it into an image instead of showing it, and closes the workspace: everything a first paint loads, and
     * nothing on screen (the build's class-data-sharing training, {@code io.veritag.ClassDataTraining}).
     * Without a display only the non-window parts are loaded.
     */
    public static void paintOffScreen(Supplier<Workspace> workspaces, String annotatorName) {
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        Opened opened = openWithTheme(workspaces, annotatorName, prefs, OpeningWindow.NONE);
        if (opened == null) {
            return;
        }
        Workspace workspace = opened.workspace();
        try {
            LabelingService labeling = opened.labeling().orElseThrow();
            SwingExecutor executor = new SwingExecutor();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    // as a start shows it: first the window while the database opens, then the workbench in it
                    WorkbenchFrame frame = WorkbenchFrame.opening(prefs, () -> { });
                    paintInto(frame);
                    fill(frame, workspace, labeling, prefs, executor, () -> { });
                    paintInto(frame);
                    frame.dispose();
                    AnnotatorChooser.paintWelcomeOffScreen(); // what a first start shows first
                } catch (java.awt.HeadlessException e) {
                    // no display at build time: the archive then covers FlatLaf, H2, Flyway and jOOQ only
                    new WorkbenchController(workspace, labeling, prefs, executor);
                }
            });
            executor.awaitIdle(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("painting the window off screen failed", e.getCause());
        } finally {
            workspace.close();
        }
    }

    private static void paintInto(WorkbenchFrame frame) {
        frame.pack();
        frame.setSize(1280, 800);
        frame.validate();
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            frame.getRootPane().paint(graphics);
        } finally {
            graphics.dispose();
        }
    }

    /** One line for the user (selectable, never read as HTML), then the end of the program. */
    private static void showAndExit(String message, int exitCode) {
        showAndExit(OpeningWindow.NONE, message, exitCode);
    }

    /** {@link #showAndExit(String, int)} in place of the window start-up showed, which is closed first. */
    private static void showAndExit(OpeningWindow window, String message, int exitCode) {
        try {
            SwingUtilities.invokeAndWait(() -> {
                window.close();
                javax.swing.JTextArea text = new javax.swing.JTextArea(message); // never read as HTML
                text.setName("startupError");
                text.setEditable(false);
                text.setOpaque(false);
                JOptionPane.showMessageDialog(null, text, "Veritag", JOptionPane.ERROR_MESSAGE);
            });
        } catch (Exception e) {
            System.err.println("veritag: " + message);
        }
        CrashReporter.exit(exitCode);
    }
}
