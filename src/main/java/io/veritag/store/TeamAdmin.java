package io.veritag.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Team mode on a PostgreSQL server: the roles, grants and row-level security policies of
 * {@code team-init.sql}, and the logins of annotators and curators. Names are checked against
 * {@link ServerLocation#NAME} and quoted; passwords are hashed by the driver (SCRAM) before they leave this
 * program, so the server's statement log never sees them.
 */
public final class TeamAdmin {
    /** The group role a login is made a member of. */
    public enum Role {
        ANNOTATOR("veritag_annotator"), CURATOR("veritag_curator");

        private final String group;

        Role(String group) {
            this.group = group;
        }
    }

    private final Database database;

    TeamAdmin(Database database) {
        this.database = database;
    }

    private String where() {
        return database.location();
    }

    /** Creates (or refreshes) the roles and policies. Run by the database's owner. */
    public void init() {
        String script;
        try (InputStream in = TeamAdmin.class.getResourceAsStream("team/team-init.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("The team set-up script is missing from this program: " + e.getMessage(), e);
        }
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            connection.commit();
        } catch (SQLException e) {
            throw failed("set up team mode on", e);
        }
    }

    /** True once {@link #init()} ran on this database. */
    public boolean initialised() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT relrowsecurity FROM pg_class WHERE oid = 'public.span'::regclass")) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            throw failed("read the team set-up of", e);
        }
    }

    /**
     * Adds a login with {@code role}, or gives an existing login the role.
     *
     * @param password the new login's password; null to keep an existing login's password
     * @return true when a new login was created
     */
    public boolean addLogin(String name, Role role, char[] password) {
        if (name == null || !ServerLocation.NAME.matcher(name).matches()) {
            throw new StoreException("A login name may hold letters, digits, '_', '.' and '-' only, and start with a letter or '_'", null);
        }
        if (!initialised()) {
            throw new StoreException("Team mode is not set up on " + where() + ": run veritag team init first", null);
        }
        try (Connection connection = database.connection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                query.setString(1, name);
                try (var result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            try (Statement statement = connection.createStatement()) {
                if (!exists) {
                    statement.execute("CREATE ROLE " + quoted(name) + " LOGIN");
                }
                statement.execute("GRANT " + role.group + " TO " + quoted(name));
            }
            if (password != null) {
                // the driver wipes the array it is given: hand it a copy, the caller may still need the password
                connection.unwrap(PGConnection.class).alterUserPassword(name, password.clone(), "scram-sha-256");
            }
            return !exists;
        } catch (SQLException e) {
            throw failed("add the login " + name + " to", e);
        }
    }

    /** Turns blind labeling on or off for the whole project. */
    public void setBlindLabeling(boolean blind) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE project_setting SET setting_value = ? WHERE name = 'blind_labeling'")) {
            update.setString(1, String.valueOf(blind));
            update.executeUpdate();
        } catch (SQLException e) {
            throw failed("change the blind-labeling setting of", e);
        }
    }

    /** An identifier in double quotes; the name was checked, so it holds no quote to escape. */
    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("Cannot " + what + " " + where() + ": " + ServerPool.reason(e), e);
    }
}
