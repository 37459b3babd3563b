package io.veritag.ui;

import io.veritag.service.TeamConnection;
import io.veritag.service.Workspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * File → Open team database…: host, port, database, login, password and TLS mode of a team database on a
 * PostgreSQL server. Connecting happens off the EDT; when it works the workbench reopens on that database as
 * the login's annotator, otherwise the dialog says why in one line and stays. The password is used for that
 * connection only (an empty one falls back to {@code PGPASSWORD} / {@code ~/.pgpass}); the last connections
 * are remembered without it.
 */
final class TeamDatabaseDialog extends JDialog {
    private static final int REMEMBERED = 5;

    private final JComboBox<String> recent = new JComboBox<>();
    private final JTextField host = new JTextField("localhost", 24);
    private final JTextField port = new JTextField(String.valueOf(TeamConnection.DEFAULT_PORT), 6);
    private final JTextField database = new JTextField(24);
    private final JTextField user = new JTextField(System.getProperty("user.name", ""), 24);
    private final JPasswordField password = new JPasswordField(24);
    private final JComboBox<String> tls = new JComboBox<>(TeamConnection.SSL_MODES.toArray(String[]::new));
    private final JTextArea problem = new JTextArea(2, 40);
    private final JButton connect = new JButton("Connect");
    private final JFrame owner;

    private TeamDatabaseDialog(JFrame owner) {
        super(owner, "Open team database", ModalityType.APPLICATION_MODAL);
        this.owner = owner;
        setName("teamDatabaseDialog");
        recent.setName("teamRecent");
        host.setName("teamHost");
        port.setName("teamPort");
        database.setName("teamDatabase");
        user.setName("teamUser");
        password.setName("teamPassword");
        tls.setName("teamTls");
        problem.setName("teamProblem");
        connect.setName("teamConnect");
        problem.setEditable(false); // a text area never reads its text as HTML
        problem.setLineWrap(true);
        problem.setWrapStyleWord(true);
        problem.setOpaque(false);
        problem.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor")); // FlatLaf's error red, light and dark
        tls.setToolTipText("prefer: TLS when the server offers it; require / verify-full: never without it");

        List<String> remembered = remembered();
        recent.addItem("");
        remembered.forEach(recent::addItem);
        recent.setEnabled(!remembered.isEmpty());
        recent.addActionListener(e -> fillFrom((String) recent.getSelectedItem()));

        JButton cancel = new JButton("Cancel");
        cancel.setName("teamCancel");
        cancel.addActionListener(e -> dispose());
        connect.addActionListener(e -> connect());
        getRootPane().setDefaultButton(connect);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        row = addRow(form, row, "Recent:", recent);
        row = addRow(form, row, "Host:", host);
        row = addRow(form, row, "Port:", port);
        row = addRow(form, row, "Database:", database);
        row = addRow(form, row, "User:", user);
        row = addRow(form, row, "Password:", password);
        addRow(form, row, "TLS (sslmode):", tls);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(cancel);
        buttons.add(connect);
        JPanel south = new JPanel(new BorderLayout(0, 6));
        south.add(problem, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 10, 14));
        content.add(form, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        if (!remembered.isEmpty()) {
            fillFrom(remembered.get(0));
        }
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog over the workbench. */
    static void open(JFrame owner) {
        new TeamDatabaseDialog(owner).setVisible(true);
    }

    private static int addRow(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints left = new GridBagConstraints();
        left.gridx = 0;
        left.gridy = row;
        left.anchor = GridBagConstraints.LINE_END;
        left.insets = new Insets(3, 0, 3, 8);
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        form.add(name, left);
        GridBagConstraints right = new GridBagConstraints();
        right.gridx = 1;
        right.gridy = row;
        right.fill = GridBagConstraints.HORIZONTAL;
        right.weightx = 1;
        right.insets = new Insets(3, 0, 3, 0);
        form.add(field, right);
        return row + 1;
    }

    private void fillFrom(String shown) {
        if (shown == null || shown.isEmpty()) {
            return;
        }
        try {
            TeamConnection connection = TeamConnection.parse(shown);
            host.setText(connection.host());
            port.setText(String.valueOf(connection.port()));
            database.setText(connection.database());
            user.setText(connection.user());
            tls.setSelectedItem(connection.sslmode());
        } catch (RuntimeException unreadable) {
            // a remembered line this version cannot read: the fields stay as they are
        }
    }

    private void connect() {
        TeamConnection connection;
        try {
            connection = new TeamConnection(host.getText().strip(), parsePort(port.getText().strip()),
                    database.getText().strip(), user.getText().strip(), (String) tls.getSelectedItem());
        } catch (IllegalArgumentException invalid) {
            problem.setText("Cannot connect: " + invalid.getMessage());
            return;
        }
        char[] secret = password.getPassword();
        connect.setEnabled(false);
        problem.setText("Connecting to " + connection.display() + "…");
        Workbench.openInstead(owner, () -> {
            try {
                return Workspace.openServer(connection, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, () -> {
            remember(connection.display());
            dispose();
        }, failure -> {
            problem.setText(failure);
            connect.setEnabled(true);
        });
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text);
        }
    }

    private static Preferences node() {
        return Preferences.userNodeForPackage(TeamDatabaseDialog.class).node("team-databases");
    }

    /** The last connections, newest first; never a password (a {@link TeamConnection} holds none). */
    static List<String> remembered() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < REMEMBERED; i++) {
            String line = node().get(String.valueOf(i), null);
            if (line != null) {
                shown.add(line);
            }
        }
        return shown;
    }

    /** Forgets every remembered connection (tests). */
    static void forgetAll() {
        try {
            node().removeNode();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("cannot clear the remembered team databases", e);
        }
    }

    static void remember(String shown) {
        List<String> lines = new ArrayList<>(remembered());
        lines.remove(shown);
        lines.add(0, shown);
        Preferences node = node();
        for (int i = 0; i < REMEMBERED; i++) {
            if (i < lines.size()) {
                node.put(String.valueOf(i), lines.get(i));
            } else {
                node.remove(String.valueOf(i));
            }
        }
    }
}
