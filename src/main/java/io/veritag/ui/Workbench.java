package io.veritag.ui;

import io.veritag.model.Annotator;
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
    private Workbench() {
    }

    /**
     * Entry from the command line.
     *
     * @param db            the --db value, or null for the embedded default
     * @param annotatorName the --annotator value, or null for the remembered annotator
     */
    public static void open(String db, String annotatorName) {
        Database database = openDatabaseAndTheme(db);
        if (database != null) {
            SwingUtilities.invokeLater(() -> start(database, WorkbenchPrefs.user(), annotatorName));
        }
    }

    /** Start-up up to the window: the database opened while FlatLaf initialises; null if it cannot open. */
    private static Database openDatabaseAndTheme(String db) {
        Theme.beforeAwt();
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
            if (!(cause instanceof StoreException)) {
                throw e;
            }
            showAndExit(cause instanceof DatabaseInUseException ? cause.getMessage()
                    : "Cannot open the database: " + cause.getMessage());
            return null;
        }
        return database;
    }

    private static void start(Database database, WorkbenchPrefs prefs, String annotatorName) {
        Optional<Annotator> annotator = Optional.ofNullable(annotatorName).or(prefs::annotator)
                .map(name -> database.store().annotators().getOrCreate(name))
                .or(() -> AnnotatorChooser.choose(null, database.store(), null, true));
        if (annotator.isEmpty()) {
            database.close();
            System.exit(0);
            return;
        }
        prefs.setAnnotator(annotator.get().name());
        WorkbenchFrame frame = create(database, annotator.get(), prefs);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                database.close();
                System.exit(0);
            }
        });
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
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

    /**
     * Goes through start-up as {@link #open} does, then builds the window for {@code annotatorName} and paints
     * it into an image instead of showing it, and closes the database: everything a first paint loads, and
     * nothing on screen (the build's class-data-sharing training, {@code io.veritag.ClassDataTraining}).
     * Without a display only the non-window parts are loaded.
     */
    public static void paintOffScreen(String db, String annotatorName) {
        Database database = openDatabaseAndTheme(db);
        if (database == null) {
            return;
        }
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Annotator annotator = database.store().annotators().getOrCreate(annotatorName);
                try {
                    WorkbenchFrame frame = create(database, annotator, prefs);
                    frame.pack();
                    frame.setSize(1280, 800);
                    frame.validate();
                    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1280, 800,
                            java.awt.image.BufferedImage.TYPE_INT_ARGB);
                    java.awt.Graphics2D graphics = image.createGraphics();
                    try {
                        frame.getRootPane().paint(graphics);
                    } finally {
                        graphics.dispose();
                    }
                    frame.dispose();
                } catch (java.awt.HeadlessException e) {
                    new WorkbenchController(database.store(), annotator, prefs);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("painting the window off screen failed", e.getCause());
        } finally {
            database.close();
        }
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
