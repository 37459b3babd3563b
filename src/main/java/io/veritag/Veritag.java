package io.veritag;

import io.veritag.cli.VeritagCommand;
import io.veritag.service.Workspace;
import io.veritag.ui.Workbench;

/**
 * Entry point and the one composition root: it decides how a {@link Workspace} is opened and hands it to the
 * window (no command) or to the command line (a command).
 */
public final class Veritag {
    private Veritag() {
    }

    public static void main(String[] args) {
        int exitCode = VeritagCommand.run(args,
                (db, annotator) -> Workbench.open(() -> Workspace.open(db), annotator, Workspace.isNew(db)),
                Workspace::open);
        if (exitCode != VeritagCommand.WINDOW_OPENED) {
            System.exit(exitCode);
        }
        StartCache.refreshIfMoved();
    }
}
