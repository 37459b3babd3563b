package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.service.WorkspaceOpenException;
import io.veritag.ui.kit.SwingExecutor;
import io.veritag.ui.kit.UiExecutor;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Opens the workbench window. FlatLaf is set up the FlatLaf way: system properties before AWT starts, the
 * look and feel installed before any component, the UI built on the EDT. The workspace is opened off the
 * EDT, and every later database call goes through one {@link UiExecutor}; if another program holds the
 * database, the user gets one line and the program ends.
 */
public final class Workbench {
    private Workbench() {
    }

    /** What start-up reads before the window is built: the annotator's labeling, or the names to choose from. */
    private record Opened(Workspace workspace, Optional<LabelingService> labeling, List<String> known) {
    }

    /**
     * Entry from the command line.
     *
     * @param workspaces    opens the workspace named by --db (called once, off the EDT)
     * @param annotatorName the --annotator value, or null for the remembered annotator
     */
    public static void open(Supplier<Workspace> workspaces, String annotatorName) {
        Theme.beforeAwt();
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        String name = Optional.ofNullable(annotatorName).or(prefs::annotator).orElse(null);
        // The database opens on another thread while FlatLaf initialises here: they are the slowest parts of
        // start-up and need nothing from each other. Its first queries also pay jOOQ's one-time set-up there,
        // not on the EDT while the window is built.
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(() -> {
            Workspace opened = workspaces.get();
            if (name != null) {
                return new Opened(opened, Optional.of(opened.labeling(opened.catalog().annotator(name))), List.of());
            }
            return new Opened(opened, Optional.empty(), WindowActions.names(opened.catalog().knownAnnotators()));
        });
        Theme.install(prefs.dark());
        Opened opened;
        try {
            opened = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException badName) {
                showAndExit("--annotator: " + badName.getMessage());
                return;
            }
            if (!(cause instanceof WorkspaceOpenException failed)) {
                throw e;
            }
            showAndExit(failed.inUse() ? failed.getMessage() : "Cannot open the database: " + failed.getMessage());
            return;
        }
        if (StartupProbe.training()) {
            train(opened.workspace(), prefs, annotatorName);
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
                System.exit(0);
            });
        });
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
                e -> showAndExit("Cannot start: " + e.getMessage()));
    }

    private static void start(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, UiExecutor executor) {
        prefs.setAnnotator(labeling.annotator().name());
        WorkbenchFrame frame = create(workspace, labeling, prefs, executor);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                workspace.close();
                System.exit(0);
            }
        });
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        StartupProbe.reportWhenPainted(frame);
        SwingUtilities.invokeLater(frame::offerSamplesIfEmpty); // after the first paint
    }

    /**
     * Builds the window on an open workspace for a given annotator, without asking anything: the way tests
     * and benchmarks open it. Call on the EDT, with {@code labeling} made off it; the caller closes the workspace.
     */
    static WorkbenchFrame create(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, UiExecutor executor) {
        WorkbenchController controller = new WorkbenchController(workspace, labeling, prefs, executor);
        WorkbenchFrame frame = new WorkbenchFrame(controller, workspace.location());
        controller.loadArticles(null);
        return frame;
    }

    /** The build's class-data-sharing training run: builds and paints the window off screen, then exits. */
    private static void train(Workspace workspace, WorkbenchPrefs prefs, String annotatorName) {
        try {
            Annotator annotator = workspace.catalog().annotator(annotatorName == null ? "cds" : annotatorName);
            LabelingService labeling = workspace.labeling(annotator);
            SwingExecutor executor = new SwingExecutor();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    WorkbenchFrame frame = create(workspace, labeling, prefs, executor);
                    StartupProbe.paintOffScreen(frame);
                    frame.dispose();
                } catch (java.awt.HeadlessException e) {
                    // no display at build time: the archive then covers FlatLaf, H2, Flyway and jOOQ only
                    new WorkbenchController(workspace, labeling, prefs, executor);
                }
            });
            executor.awaitIdle(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("class-data-sharing training failed", e);
        } finally {
            workspace.close();
        }
        System.exit(0);
    }

    private static void showAndExit(String message) {
        try {
            SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null, message, "Veritag",
                    JOptionPane.ERROR_MESSAGE));
        } catch (Exception e) {
            System.err.println("veritag: " + message);
        }
        System.exit(1);
    }
}
