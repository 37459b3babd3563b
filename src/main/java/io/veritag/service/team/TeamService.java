package io.veritag.service.team;

import io.veritag.store.TeamAdmin;
import java.security.SecureRandom;

/**
 * Setting up team mode on a PostgreSQL server (issue 10 §2): roles and row-level security, annotator and
 * curator logins, the blind-labeling setting. Run by the database's owner.
 */
public final class TeamService {
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TeamAdmin admin;

    public TeamService(TeamAdmin admin) {
        this.admin = admin;
    }

    /** A login added: whether it is new, and the password made up for it when none was given. */
    public record AddedLogin(String name, boolean newLogin, char[] generatedPassword) {
    }

    public void init() {
        admin.init();
    }

    /** Adds an annotator login; {@code password} null makes one up for a new login (returned once). */
    public AddedLogin addAnnotator(String name, char[] password) {
        return add(name, TeamAdmin.Role.ANNOTATOR, password);
    }

    /** Adds a curator login (curators read every span and alone write gold). */
    public AddedLogin addCurator(String name, char[] password) {
        return add(name, TeamAdmin.Role.CURATOR, password);
    }

    public void setBlindLabeling(boolean blind) {
        admin.setBlindLabeling(blind);
    }

    private AddedLogin add(String name, TeamAdmin.Role role, char[] password) {
        if (password != null) {
            return new AddedLogin(name, admin.addLogin(name, role, password), null);
        }
        char[] generated = generatePassword();
        // a new login gets the made-up password; an existing one keeps its own
        boolean created = admin.addLogin(name, role, null);
        if (!created) {
            return new AddedLogin(name, false, null);
        }
        admin.addLogin(name, role, generated);
        return new AddedLogin(name, true, generated);
    }

    static char[] generatePassword() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length()));
        }
        return password;
    }
}
