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

    private Workbench() {
    }

    /** What start-up reads before the window is built: the annotator's labeling, or the names to choose from. */
    private record Opened(Workspace workspace, Optional<LabelingService> labeling, List<String> known) {
    }

    /** Set on a window's root pane when another window takes its place: closing it then does not end the program. */
    private static final String REPLACED = "veritag.replaced";

    /**
     * Entry from the command line.
     *
     * @param workspaces    opens the workspace named by --db (called once, off the EDT)
     * @param annotatorName the --annotator value, or null for the remembered annotator
     */
    public static void open(Supplier<Workspace> workspaces, String annotatorName) {
        StartupTimeline.mark("runtime, main and command line");
        CrashReporter.install();
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        Opened opened = openWithTheme(workspaces, Optional.ofNullable(annotatorName).or(prefs::annotator).orElse(null), prefs);
        if (opened == null) {
            return;
        }
        SwingExecutor executor = new SwingExecutor();
        SwingUtilities.invokeLater(() -> {
            if (opened.labeling().isPresent()) {
                start(opened.workspace(), opened.labeling().get(), prefs, executor);
                return;
            }
            Workspace workspace = opened.workspace();
            askWhoLabels(workspace, executor, opened.known(), labeling -> start(workspace, labeling, prefs, executor), () -> {
                workspace.close();
                CrashReporter.exit(0);
            });
        });
    }

    /**
     * Start-up up to the window: the workspace opened (and the annotator's labeling made, when {@code name} is
     * known) while FlatLaf initialises; null when it cannot open, after telling the user. A damaged file is
     * opened again once the user restored or recovered it.
     */
    private static Opened openWithTheme(Supplier<Workspace> workspaces, String name, WorkbenchPrefs prefs) {
        Theme.beforeAwt();
        // The database opens on another thread while FlatLaf initialises here: they are the slowest parts of
        // start-up and need nothing from each other. Its first queries also pay jOOQ's one-time set-up there,
        // not on the EDT while the window is built.
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(() -> {
            Workspace workspace = workspaces.get();
            StartupTimeline.mark("database open");
            Opened opened = read(workspace, name);
            StartupTimeline.mark("first query");
            return opened;
        });
        Theme.install(prefs.dark());
        StartupTimeline.mark("look and feel");
        if (!opening.isDone()) { // the window is built only after the first query: ready its parts meanwhile
            SwingUtilities.invokeLater(Workbench::warmUp);
        }
        while (true) {
            try {
                return opening.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IllegalArgumentException badName) {
                    showAndExit("--annotator: " + badName.getMessage(), CANNOT_START);
                    return null;
                }
                if (cause instanceof WorkspaceOpenException failed && failed.damaged()) {
                    // the user chooses a way out (restore, recovery) or quits; nothing is overwritten unasked
                    Optional<String> next = DamagedDatabasePrompt.resolve(failed.location(), failed.getMessage());
                    if (next.isEmpty()) {
                        CrashReporter.exit(DAMAGED);
                        return null;
                    }
                    opening = CompletableFuture.supplyAsync(() -> read(Workspace.open(next.get()), name));
                    continue;
                }
                if (DatabaseCare.isDamage(cause)) { // found by the first reads, after the file opened
                    showAndExit(DatabaseCare.damageAdvice(cause, Instant.now()).orElseThrow(), DAMAGED);
                    return null;
                }
                if (!(cause instanceof WorkspaceOpenException failed)) {
                    throw e;
                }
                showAndExit(failed.inUse() ? failed.getMessage() : "Cannot open the database: " + failed.getMessage(),
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

    private static void start(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, SwingExecutor executor) {
        if (workspace.serverLogin().isEmpty()) { // a team login is not the name to remember for the own database
            prefs.setAnnotator(labeling.annotator().name());
        }
        WorkbenchFrame frame = create(workspace, labeling, prefs, executor);
        StartupTimeline.mark("window built");
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
        frame.setVisible(true); // at the remembered place, or centred (WindowLayout)
        SwingUtilities.invokeLater(() -> { // after the first paint
            StartupTimeline.firstPaint();
            frame.offerSamplesIfEmpty();
        });
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
            start(opened.workspace(), opened.labeling().get(), WorkbenchPrefs.user(), executor);
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
        // loaded by the toolkit in the background: the icon costs start-up nothing
        frame.setIconImage(java.awt.Toolkit.getDefaultToolkit().getImage(Workbench.class.getResource("/io/veritag/veritag.png")));
        frame.getJMenuBar().add(HelpMenu.build(frame, workspace, executor));
        controller.loadArticles(null);
        TeamWatch.attach(frame, controller); // a team server only: online/offline, others' progress
        return frame;
    }

    /**
     * Goes through start-up as {@link #open} does, then builds the window for {@code annotatorName} and paints
     * it into an image instead of showing it, and closes the workspace: everything a first paint loads, and
     * nothing on screen (the build's class-data-sharing training, {@code io.veritag.ClassDataTraining}).
     * Without a display only the non-window parts are loaded.
     */
    public static void paintOffScreen(Supplier<Workspace> workspaces, String annotatorName) {
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        Opened opened = openWithTheme(workspaces, annotatorName, prefs);
        if (opened == null) {
            return;
        }
        Workspace workspace = opened.workspace();
        try {
            LabelingService labeling = opened.labeling().orElseThrow();
            SwingExecutor executor = new SwingExecutor();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    WorkbenchFrame frame = create(workspace, labeling, prefs, executor);
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
                    frame.dispose();
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

    /** One line for the user (selectable, never read as HTML), then the end of the program. */
    private static void showAndExit(String message, int exitCode) {
        try {
            SwingUtilities.invokeAndWait(() -> {
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
