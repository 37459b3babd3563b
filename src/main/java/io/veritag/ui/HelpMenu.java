package io.veritag.ui;

import io.veritag.LogFolder;
import io.veritag.service.care.DatabaseCare;
import io.veritag.store.Database;
import java.awt.Desktop;
import java.awt.event.KeyEvent;
import java.io.File;
import java.time.Instant;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;

/** Help: check the database (in the background), and where the data, backups and logs live. */
final class HelpMenu {
    private HelpMenu() {
    }

    static JMenu build(JFrame frame, Database database) {
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        JMenuItem check = new JMenuItem("Check the database");
        check.setName("checkDatabase");
        check.addActionListener(e -> check(frame, database, check));
        JMenuItem where = new JMenuItem("Where the data lives…");
        where.setName("whereDataLives");
        where.addActionListener(e -> showWhere(frame, database));
        help.add(check);
        help.add(where);
        return help;
    }

    private static void check(JFrame frame, Database database, JMenuItem item) {
        item.setEnabled(false);
        new SwingWorker<DatabaseCare.CheckResult, Void>() {
            @Override
            protected DatabaseCare.CheckResult doInBackground() {
                return DatabaseCare.check(database);
            }

            @Override
            protected void done() {
                item.setEnabled(true);
                try {
                    DatabaseCare.CheckResult result = get();
                    if (result.sound()) {
                        Map<String, Long> rows = result.rowsPerTable();
                        message(frame, "Check the database", String.format("The database is sound: every row, index and article"
                                + " text was read.%n%n%s%n%,d articles, %,d spans, %,d annotators, %,d gold decisions.",
                                result.database(), rows.getOrDefault("ARTICLE", 0L), rows.getOrDefault("SPAN", 0L),
                                rows.getOrDefault("ANNOTATOR", 0L), rows.getOrDefault("GOLD_DECISION", 0L)), JOptionPane.INFORMATION_MESSAGE);
                    } else {
                        DamageNotice.show(frame, "Database " + result.database() + " is damaged: " + String.join("; ", result.problems()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (DatabaseCare.isDamage(e.getCause())) {
                        DamageNotice.show(frame, e.getCause().getMessage());
                    } else {
                        message(frame, "Check the database", "The check could not run: " + e.getCause().getMessage(),
                                JOptionPane.ERROR_MESSAGE);
                    }
                }
            }
        }.execute();
    }

    private static void showWhere(JFrame frame, Database database) {
        DatabaseCare care = new DatabaseCare(database.location());
        StringBuilder text = new StringBuilder();
        File folder;
        try {
            text.append("Database: ").append(care.file()).append('\n');
            text.append("Backups: ").append(care.backups().dir()).append('\n');
            care.newestBackup().ifPresent(b -> text.append("Newest backup: ").append(b.describe(Instant.now())).append('\n'));
            folder = care.file().getParent().toFile();
        } catch (RuntimeException notAFile) {
            text.append("Database: ").append(database.location()).append(" (not a file: no automatic backups)\n");
            folder = null;
        }
        text.append("Logs: ").append(new LogFolder().getPropertyValue());
        File open = folder;
        boolean canOpen = open != null && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        String[] options = canOpen ? new String[] {"Open the data folder", "Close"} : new String[] {"Close"};
        int choice = JOptionPane.showOptionDialog(frame, area(text.toString()), "Where the data lives", JOptionPane.DEFAULT_OPTION,
                JOptionPane.INFORMATION_MESSAGE, null, options, options[options.length - 1]);
        if (canOpen && choice == 0) {
            new Thread(() -> {
                try {
                    Desktop.getDesktop().open(open);
                } catch (java.io.IOException | RuntimeException e) {
                    // no file manager: the path is in the dialog to copy
                }
            }, "veritag-open-folder").start();
        }
    }

    private static void message(JFrame frame, String title, String text, int type) {
        JOptionPane.showMessageDialog(frame, area(text), title, type);
    }

    private static JTextArea area(String text) {
        JTextArea area = new JTextArea(text);
        area.setName("helpMessage");
        area.setEditable(false);
        area.setOpaque(false);
        return area;
    }
}
