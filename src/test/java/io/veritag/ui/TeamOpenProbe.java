package io.veritag.ui;

import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.ui.kit.SwingExecutor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * A public door for the team benchmark in io.veritag.bench: opens the workbench as the window does on a team
 * server (database, the login's labeling, the frame shown on screen) and times it until the window is usable:
 * every article listed, the first one open with its text, others' progress shown. Needs a display.
 */
public final class TeamOpenProbe {
    private TeamOpenProbe() {
    }

    /** Installs the look and feel (the first call pays FlatLaf's start, as a real start does). */
    public static void lookAndFeel() throws Exception {
        Theme.beforeAwt();
        SwingUtilities.invokeAndWait(() -> Theme.install(false));
    }

    /**
     * Opens, waits until usable, closes; returns the time to usable.
     *
     * @param articles how many articles the list must show
     */
    public static Duration open(Supplier<Workspace> workspaces, String login, int articles) throws Exception {
        long start = System.nanoTime();
        Workspace workspace = workspaces.get();
        LabelingService labeling = workspace.labeling(workspace.catalog().annotator(login));
        SwingExecutor executor = new SwingExecutor();
        AtomicReference<WorkbenchFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            WorkbenchFrame shown = Workbench.create(workspace, labeling, new WorkbenchPrefs(new MemoryPreferences()), executor);
            shown.setSize(1280, 800);
            shown.setVisible(true);
            frame.set(shown);
        });
        AtomicBoolean usable = new AtomicBoolean();
        while (!usable.get()) {
            Thread.sleep(2);
            SwingUtilities.invokeAndWait(() -> {
                LabelingModel model = frame.get().controller().model();
                usable.set(model.visibleRows().size() == articles && model.article().isPresent()
                        && model.othersDone().isPresent());
                if (usable.get()) {
                    frame.get().getRootPane().paintImmediately(frame.get().getRootPane().getBounds());
                }
            });
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        executor.shutdown(Duration.ofSeconds(30));
        workspace.close();
        return took;
    }
}
