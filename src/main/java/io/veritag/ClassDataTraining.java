package io.veritag;

import io.veritag.cli.VeritagCommand;
import io.veritag.service.Workspace;
import io.veritag.ui.Workbench;

/**
 * The build's class-data-sharing training run (see the {@code appcds-archive} step in pom.xml): the
 * program's own start path, with the window built and painted off screen instead of shown, then exit, so
 * that {@code -XX:ArchiveClassesAtExit} records the classes a real start loads. Takes the program's
 * options ({@code --db}, {@code --annotator}).
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws java.io.IOException {
        String prefs = System.getProperty("java.util.prefs.userRoot");
        if (prefs != null) {
            // made here, or java.util.prefs announces on the console that it made it
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(prefs));
        }
        int exitCode = VeritagCommand.commandLine(
                (db, annotator) -> Workbench.paintOffScreen(() -> Workspace.open(db), annotator == null ? "cds" : annotator),
                Workspace::open).execute(args);
        System.exit(exitCode == VeritagCommand.WINDOW_OPENED ? 0 : exitCode);
    }
}
