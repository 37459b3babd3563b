package io.veritag.ui;

import io.veritag.service.LabelingService;
import io.veritag.service.ServerEvents;
import io.veritag.service.Workspace;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * On a team server, keeps the window current with the server while it is open: the status bar says whether the
 * server can be reached (the connection comes back by itself), and the article list shows how many others have
 * marked each article done, read again whenever the server announces a change. Nothing on an own database.
 */
final class TeamWatch implements ServerEvents {
    private final WorkbenchController controller;
    /** A read of others' progress is queued and has not started: announcements meanwhile need no read of their own. */
    private final AtomicBoolean readQueued = new AtomicBoolean();

    private TeamWatch(WorkbenchController controller) {
        this.controller = controller;
    }

    /** Starts watching when the window shows a team server, until the window is closed. Call on the EDT. */
    static void attach(JFrame frame, WorkbenchController controller) {
        Workspace workspace = controller.workspace();
        if (workspace.serverLogin().isEmpty()) {
            return;
        }
        TeamWatch watch = new TeamWatch(controller);
        Runnable stop = workspace.watchServer(watch);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                stop.run();
            }
        });
    }

    @Override
    public void reachable(boolean reachable) {
        SwingUtilities.invokeLater(() -> controller.model().setOnline(reachable));
        if (reachable) {
            othersProgressed();
        }
    }

    @Override
    public void othersProgressed() {
        if (!readQueued.compareAndSet(false, true)) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            LabelingService service = controller.model().service();
            controller.executor().read(() -> {
                readQueued.set(false); // a change announced from now on is not in this read
                return service.othersDone();
            }, counts -> {
                if (service == controller.model().service()) {
                    controller.model().setOthersDone(counts);
                }
            }, unreachable -> {
                // the status bar says the server is away; the watch reads again once it is back
            });
        });
    }
}
