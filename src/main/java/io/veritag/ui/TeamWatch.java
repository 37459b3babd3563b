package io.veritag.ui;

import io.veritag.service.LabelingService;
import io.veritag.service.ServerEvents;
import io.veritag.service.Workspace;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * On a team server, keeps the window current with the server while it is open: the status bar says whether the
 * server can be reached (the connection comes back by itself), and the article list shows how many others have
 * marked each article done, read in full at the start and after an outage, and for the announced articles only
 * whenever the server announces a change. Nothing on an own database.
 */
final class TeamWatch implements ServerEvents {
    private final WorkbenchController controller;
    /** More articles named than this while a read waits, and all are read again: one grouped query is cheaper. */
    private static final int MOST_NAMED = 500;
    private final Object lock = new Object();
    /** Articles announced since the last read started, or all of them; a read is queued and has not started. */
    private Set<Long> pending = new HashSet<>();
    private boolean pendingAll;
    private boolean queued;

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
            othersProgressed(Set.of()); // the first time, and after an outage: everything
        }
    }

    @Override
    public void othersProgressed(Set<Long> articleIds) {
        synchronized (lock) {
            if (articleIds.isEmpty() || pending.size() + articleIds.size() > MOST_NAMED) {
                pendingAll = true;
            } else {
                pending.addAll(articleIds);
            }
            if (queued) {
                return; // the read already queued will take these too
            }
            queued = true;
        }
        SwingUtilities.invokeLater(() -> {
            LabelingService service = controller.model().service();
            // in order with the window's other database work, so an older read never lands after a newer one
            controller.executor().write(() -> {
                boolean all;
                Set<Long> named;
                synchronized (lock) { // what is announced from now on is not in this read
                    all = pendingAll;
                    named = pending;
                    pending = new HashSet<>();
                    pendingAll = false;
                    queued = false;
                }
                return new Read(all, all ? service.othersDone() : service.othersDone(named));
            }, read -> {
                if (service != controller.model().service()) {
                    return;
                }
                if (read.all()) {
                    controller.model().setOthersDone(read.counts());
                } else {
                    controller.model().updateOthersDone(read.counts());
                }
            }, unreachable -> {
                synchronized (lock) { // the status bar says the server is away; once back, everything is read again
                    pendingAll = true;
                }
            });
        });
    }

    /** Counts read for every article ({@code all}) or for the announced ones only. */
    private record Read(boolean all, Map<Long, Integer> counts) {
    }
}
