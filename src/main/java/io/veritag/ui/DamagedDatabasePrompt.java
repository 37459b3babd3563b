package io.veritag.ui;

import io.veritag.service.care.Backup;
import io.veritag.service.care.DatabaseCare;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * What the window does when the database file is damaged: one message naming the file and what happened,
 * and the ways out — restore the newest backup (how old, what it holds), try recovery into a new file, or
 * quit. Nothing is overwritten unless the user chooses so; the work runs on the caller's thread, never on
 * the event thread.
 */
final class DamagedDatabasePrompt {
    static final String RESTORE = "Restore the newest backup";
    static final String RECOVER = "Try recovery";
    static final String OPEN_RECOVERED = "Open the recovered database";
    static final String QUIT = "Quit";

    private DamagedDatabasePrompt() {
    }

    /**
     * Asks, then does what the user chose. Call off the event thread.
     *
     * @return the database to open now (the restored file or the recovered one), or empty to quit
     */
    static Optional<String> resolve(String location, String damage) {
        DatabaseCare care = new DatabaseCare(location);
        Optional<Backup> newest = safely(care::newestBackup);
        String backupLine = newest.map(b -> "The newest backup was " + b.describe(Instant.now()) + ".")
                .orElse("There is no backup of this database.");
        String text = damage + ".\nNothing more was written to it.\n\n" + backupLine + "\n\n"
                + (newest.isPresent() ? RESTORE + ": the damaged file is kept aside under a new name, and the backup takes its place.\n" : "")
                + RECOVER + ": whatever can still be read is copied into a new database beside it; the damaged file stays as it is.";
        List<String> options = new ArrayList<>();
        newest.ifPresent(b -> options.add(RESTORE));
        options.add(RECOVER);
        options.add(QUIT);
        while (true) {
            String choice = ask(text, options, JOptionPane.ERROR_MESSAGE);
            try {
                if (RESTORE.equals(choice)) {
                    DatabaseCare.RestoreResult result = care.restore(newest.get().file());
                    tell("Restored " + result.database() + " from the backup " + result.restored().describe(Instant.now()) + "."
                            + result.keptAside().map(p -> "\nThe damaged file is kept as " + p + ".").orElse(""));
                    return Optional.of(result.database().toString());
                }
                if (RECOVER.equals(choice)) {
                    DatabaseCare.RecoveryResult result = care.recover();
                    String next = ask(recoveryReport(result), List.of(OPEN_RECOVERED, QUIT), JOptionPane.INFORMATION_MESSAGE);
                    return OPEN_RECOVERED.equals(next) ? Optional.of(result.recovered().toString()) : Optional.empty();
                }
                return Optional.empty();
            } catch (RuntimeException e) {
                tell("That did not work: " + e.getMessage() + "\nNothing was overwritten.");
            }
        }
    }

    static String recoveryReport(DatabaseCare.RecoveryResult result) {
        StringBuilder text = new StringBuilder("Salvaged into " + result.recovered() + ":\n");
        text.append(String.format("  %,d articles%n", result.articles()));
        result.spansPerAnnotator().forEach((name, n) -> text.append(String.format("  %,d spans by %s%n", n, name)));
        result.decisionsPerCurator().forEach((name, n) -> text.append(String.format("  %,d gold decisions by %s%n", n, name)));
        if (result.orphanSpans() > 0) {
            text.append(String.format("  %,d spans whose article was lost%n", result.orphanSpans()));
        }
        result.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        text.append("\nThe damaged file ").append(result.damaged()).append(" is untouched.");
        return text.toString();
    }

    private static String ask(String text, List<String> options, int type) {
        AtomicInteger chosen = new AtomicInteger(-1);
        onEdt(() -> chosen.set(JOptionPane.showOptionDialog(null, textArea(text), "Veritag: damaged database",
                JOptionPane.DEFAULT_OPTION, type, null, options.toArray(), options.get(0))));
        return chosen.get() < 0 ? QUIT : options.get(chosen.get());
    }

    private static void tell(String text) {
        onEdt(() -> JOptionPane.showMessageDialog(null, textArea(text), "Veritag", JOptionPane.INFORMATION_MESSAGE));
    }

    /** Selectable, never interpreted as HTML. */
    private static JTextArea textArea(String text) {
        JTextArea area = new JTextArea(text);
        area.setName("damageMessage");
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setColumns(60);
        area.setOpaque(false);
        area.setFont(UIManager.getFont("Label.font"));
        area.setSize(area.getPreferredSize());
        return area;
    }

    private static void onEdt(Runnable work) {
        try {
            SwingUtilities.invokeAndWait(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> Optional<T> safely(java.util.function.Supplier<Optional<T>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException notAFile) {
            return Optional.empty();
        }
    }
}
