package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.store.Database;
import io.veritag.store.DatabaseInUseException;
import io.veritag.store.StoreException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
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

    /** Entry from the command line: {@code db} is the --db value or null for the embedded default. */
    public static void open(String db) {
        Theme.beforeAwt();
        WorkbenchPrefs prefs = WorkbenchPrefs.user();
        Theme.install(prefs.dark());
        Database database;
        try {
            database = Database.open(db); // on the main thread: never on the EDT
        } catch (StoreException e) {
            showAndExit(e instanceof DatabaseInUseException ? e.getMessage() : "Cannot open the database: " + e.getMessage());
            return;
        }
        SwingUtilities.invokeLater(() -> start(database, prefs));
    }

    private static void start(Database database, WorkbenchPrefs prefs) {
        Optional<Annotator> annotator = prefs.annotator()
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
