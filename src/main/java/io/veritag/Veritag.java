package io.veritag;

import io.veritag.cli.VeritagCommand;
import io.veritag.ui.Workbench;

/** Entry point: no command opens the workbench window; a command runs on the command line. */
public final class Veritag {
    private Veritag() {
    }

    public static void main(String[] args) {
        int exitCode = VeritagCommand.commandLine(Workbench::open).execute(args);
        if (exitCode != VeritagCommand.WINDOW_OPENED) {
            System.exit(exitCode);
        }
    }
}
