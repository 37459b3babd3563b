package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.service.care.BackupSchedule;
import io.veritag.service.care.DatabaseCare;
import io.veritag.store.Database;
import io.veritag.store.DatabaseInUseException;
import io.veritag.store.StoreException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Opens the workbench window. FlatLaf is set up the FlatLaf way: system properties before AWT starts, the
 * look and feel installed before any component, the UI built on the EDT. The database is opened off the
 * EDT; if another program holds it, the user gets one line and the program ends.
 */
public final class Workbench {
    /** The length of the annotator.name column (UTF-16 units, like the chooser's check). */
    private static final int MAX_ANNOTATOR_NAME = 100;

    private Workbench() {
    }

    /**
     * Entry from the command line.
     *
     * @param db            the --db value, or null for the embedded default
     * @param annotatorName the --annotator value, or null for the remembered annotator
     */
    public static void open(String db, String annotatorName) {
        CrashReporter.install();
        Theme.beforeAwt();
        String nameProblem = annotatorProblem(annotatorName);
        if (nameProblem != null) {
            Theme.install(false); // the light theme: reading the remembered one is not worth a failed start
            showAndExit(nameProblem, 2);
            return;
        }
        // The database opens on another thread while FlatLaf initialises here: they are the slowest parts of
        // start-up and need nothing from each other. Its first query also pays jOOQ's one-time set-up there,
        // not on the EDT while the window is built.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> {
            Database opened = Database.open(db);
            opened.store().labels().all();
            return opened;
        });
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        Theme.install(prefs.dark());
        Database database;
        try {
            database = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (DatabaseCare.isDamage(cause)) {
                // the user chooses a way out (restore, recovery) or quits; nothing is overwritten unasked
                DamagedDatabasePrompt.resolve(db, cause.getMessage())
                        .ifPresentOrElse(next -> open(next, annotatorName), () -> CrashReporter.exit(3));
                return;
            }
            if (!(cause instanceof StoreException)) {
                throw e;
            }
            showAndExit(cause instanceof DatabaseInUseException ? cause.getMessage()
                    : "Cannot open the database: " + cause.getMessage(), 1);
            return;
        }
        if (StartupProbe.training()) {
            train(database, prefs, annotatorName);
            return;
        }
        SwingUtilities.invokeLater(() -> start(database, prefs, annotatorName));
    }

    private static void start(Database database, WorkbenchPrefs prefs, String annotatorName) {
        Optional<Annotator> annotator = Optional.ofNullable(annotatorName).or(prefs::annotator)
                .map(name -> database.store().annotators().getOrCreate(name))
                .or(() -> AnnotatorChooser.choose(null, database.store(), null, true));
        if (annotator.isEmpty()) {
            database.close();
            CrashReporter.exit(0);
            return;
        }
        prefs.setAnnotator(annotator.get().name());
        WorkbenchFrame frame = create(database, annotator.get(), prefs);
        frame.getJMenuBar().add(HelpMenu.build(frame, database));
        Optional<BackupSchedule> backups = BackupSchedule.start(database, failure -> {
            if (DatabaseCare.isDamage(failure)) {
                SwingUtilities.invokeLater(() -> DamageNotice.show(frame, failure.getMessage()));
            }
        });
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                backups.ifPresent(BackupSchedule::close);
                database.close();
                CrashReporter.exit(0);
            }
        });
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        StartupProbe.reportWhenPainted(frame);
        SwingUtilities.invokeLater(frame::offerSamplesIfEmpty); // after the first paint
    }

    /**
     * Builds the window on an open database for a given annotator, without asking anything: the way tests
     * and benchmarks open it. Call on the EDT; the caller closes the database.
     */
    static WorkbenchFrame create(Database database, Annotator annotator, WorkbenchPrefs prefs) {
        WorkbenchController controller = new WorkbenchController(database.store(), annotator, prefs);
        WorkbenchFrame frame = new WorkbenchFrame(controller, database.location());
        controller.loadArticles(null);
        return frame;
    }

    /** The build's class-data-sharing training run: builds and paints the window off screen, then exits. */
    private static void train(Database database, WorkbenchPrefs prefs, String annotatorName) {
        try {
            SwingUtilities.invokeAndWait(() -> {
                Annotator annotator = database.store().annotators().getOrCreate(annotatorName == null ? "cds" : annotatorName);
                try {
                    WorkbenchFrame frame = create(database, annotator, prefs);
                    StartupProbe.paintOffScreen(frame);
                    frame.dispose();
                } catch (java.awt.HeadlessException e) {
                    // no display at build time: the archive then covers FlatLaf, H2, Flyway and jOOQ only
                    new WorkbenchController(database.store(), annotator, prefs);
                }
            });
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("class-data-sharing training failed", e);
        } finally {
            database.close();
        }
        System.exit(0);
    }

    /** What is wrong with an --annotator name, or null when it can be used. */
    static String annotatorProblem(String name) {
        if (name == null) {
            return null;
        }
        if (name.isBlank()) {
            return "--annotator: the name is blank; give a name, or leave --annotator out to choose one in the window.";
        }
        int length = name.strip().length();
        if (length > MAX_ANNOTATOR_NAME) {
            return "--annotator: a name can have at most " + MAX_ANNOTATOR_NAME + " characters; this one has "
                    + length + ".";
        }
        return null;
    }

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
