package io.veritag.ui;

import io.veritag.LogSetup;
import io.veritag.model.AppVersion;
import io.veritag.service.Workspace;
import io.veritag.service.care.DatabaseCare;
import io.veritag.ui.kit.UiExecutor;
import java.awt.Desktop;
import java.awt.event.KeyEvent;
import java.io.File;
import java.time.Instant;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;

/**
 * Help: the user guide and the keyboard shortcuts (also on {@code ?}), check the database (in the background),
 * where the data, backups and logs live, and the version.
 */
final class HelpMenu {
    private HelpMenu() {
    }

    static JMenu build(JFrame frame, Workspace workspace, UiExecutor executor) {
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        JMenuItem check = new JMenuItem("Check the database");
        check.setName("checkDatabase");
        check.addActionListener(e -> check(frame, workspace, executor, check));
        JMenuItem where = new JMenuItem("Where the data lives…");
        where.setName("whereDataLives");
        where.addActionListener(e -> showWhere(frame, workspace.location()));
        JMenuItem about = new JMenuItem("About Veritag");
        about.setName("aboutVeritag");
        about.addActionListener(e -> message(frame, "About Veritag", about(workspace.location()), JOptionPane.INFORMATION_MESSAGE));
        addGuideAndShortcuts(help, frame);
        help.addSeparator();
        help.add(check);
        help.add(where);
        help.addSeparator();
        help.add(about);
        return help;
    }

    /**
     * The user guide and the keyboard shortcuts (also on ? from anywhere in the window except where it is typed:
     * the filter box, a note): read from the program itself, so they work before the database is open too.
     */
    static void addGuideAndShortcuts(JMenu help, JFrame frame) {
        JMenuItem guide = new JMenuItem("User guide");
        guide.setName("userGuideItem");
        guide.addActionListener(e -> GuideWindow.open(frame, null));
        JMenuItem shortcuts = new JMenuItem("Keyboard shortcuts");
        shortcuts.setName("keyboardShortcuts");
        shortcuts.setAccelerator(KeyStroke.getKeyStroke('?'));
        Action showShortcuts = new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                GuideWindow.open(frame, UserGuide.KEYBOARD_SHORTCUTS);
            }
        };
        shortcuts.addActionListener(showShortcuts);
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke('?'), "keyboardShortcuts");
        frame.getRootPane().getActionMap().put("keyboardShortcuts", showShortcuts);
        help.add(guide);
        help.add(shortcuts);
    }

    /** Reads the whole database off the event thread (it may take a while); labeling goes on meanwhile. */
    private static void check(JFrame frame, Workspace workspace, UiExecutor executor, JMenuItem item) {
        item.setEnabled(false);
        executor.read(() -> workspace.care().check(), result -> {
            item.setEnabled(true);
            if (result.sound()) {
                Map<String, Long> rows = result.rowsPerTable();
                message(frame, "Check the database", String.format("The database is sound: every row, index and article"
                        + " text was read.%n%n%s%n%,d articles, %,d spans, %,d annotators, %,d gold decisions.",
                        result.database(), rows.getOrDefault("ARTICLE", 0L), rows.getOrDefault("SPAN", 0L),
                        rows.getOrDefault("ANNOTATOR", 0L), rows.getOrDefault("GOLD_DECISION", 0L)), JOptionPane.INFORMATION_MESSAGE);
            } else {
                DamageNotice.show(frame, "Database " + result.database() + " is damaged: " + String.join("; ", result.problems()));
            }
        }, failure -> {
            item.setEnabled(true);
            if (DatabaseCare.isDamage(failure)) {
                DamageNotice.show(frame, failure.getMessage());
            } else {
                message(frame, "Check the database", "The check could not run: " + failure.getMessage(), JOptionPane.ERROR_MESSAGE);
            }
        });
    }

    /** Paths only, from the location and the backups folder: no database query. */
    private static void showWhere(JFrame frame, String location) {
        DatabaseCare care = new DatabaseCare(location);
        StringBuilder text = new StringBuilder();
        File folder;
        try {
            text.append("Database: ").append(care.file()).append('\n');
            text.append("Backups: ").append(care.backups().dir()).append('\n');
            care.newestBackup().ifPresent(b -> text.append("Newest backup: ").append(b.describe(Instant.now())).append('\n'));
            folder = care.file().getParent().toFile();
        } catch (RuntimeException notAFile) {
            text.append("Database: ").append(location).append(" (not a file: no automatic backups)\n");
            folder = null;
        }
        text.append("Logs: ").append(LogSetup.folder());
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

    /** Version, runtime and database: what a bug report needs first. */
    static String about(String location) {
        return String.format("Veritag %s (database schema %s)%nJava %s, %s%nDatabase: %s%nLogs: %s",
                AppVersion.program(), AppVersion.schema(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), location, LogSetup.folder());
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
