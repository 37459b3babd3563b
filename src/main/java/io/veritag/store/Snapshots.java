package io.veritag.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Backups as H2 SQL scripts ({@code SCRIPT TO … COMPRESSION GZIP}), taken from an open database.
 *
 * <p>Consistent: the script is written inside one SERIALIZABLE transaction, which in H2 reads every table
 * as of the moment the transaction's first statement ran; writers are never blocked (MVCC). A script,
 * unlike a copy of the {@code .mv.db} file, reads every row (so a damaged page is found, not copied) and
 * restores into any H2 2.x version.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** What a database (or a backup of it) holds, in the words a user knows. */
    public record Contents(long articles, long spans, long annotators, long goldDecisions) {
    }

    /**
     * Writes a consistent backup of {@code database} to {@code target} (gzip-compressed SQL), through a
     * temporary file renamed at the end, so a backup file is always whole. Damage met while reading marks
     * the database damaged.
     */
    public static Contents write(Database database, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                Contents contents = contents(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SCRIPT TO " + literal(partial) + " COMPRESSION GZIP");
                }
                Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return contents;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (DamageState.isDamage(e)) {
                throw database.damage().record("a part of the file cannot be read (found while taking a backup)", e);
            }
            throw new StoreException("Cannot write backup " + target + ": " + firstLine(e), e);
        } catch (IOException e) {
            throw new StoreException("Cannot write backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file is never taken for a backup
            }
        }
    }

    /** What the open database holds now. */
    public static Contents contents(Database database) {
        try (Connection connection = database.connection()) {
            return contents(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot count the contents of " + database.location() + ": " + firstLine(e), e);
        }
    }

    /**
     * Restores a backup into a new database file {@code newFile} (a {@code .mv.db} path that must not exist),
     * with the settings every Veritag file database gets, and returns what it holds.
     */
    public static Contents restoreInto(Path backup, Path newFile) {
        if (Files.exists(newFile)) {
            throw new StoreException("Will not restore into " + newFile + ": the file exists", null);
        }
        String base = newFile.toString().substring(0, newFile.toString().length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(base), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + literal(backup) + " COMPRESSION GZIP");
            Contents contents = contents(connection);
            statement.execute("SHUTDOWN");
            return contents;
        } catch (SQLException e) {
            throw new StoreException("Cannot restore " + backup + ": " + firstLine(e), e);
        }
    }

    /**
     * A cheap summary that changes whenever labeling changes something (spans, statuses, gold decisions,
     * articles, annotators, links, guidelines): a backup is only taken when it differs from the last one's.
     */
    public static String fingerprint(Database database) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT (SELECT COUNT(*) FROM SPAN), (SELECT MAX(UPDATED_AT) FROM SPAN),"
                     + " (SELECT COUNT(*) FROM ARTICLE_STATUS), (SELECT MAX(UPDATED_AT) FROM ARTICLE_STATUS),"
                     + " (SELECT COUNT(*) FROM GOLD_DECISION), (SELECT COUNT(*) FROM ARTICLE), (SELECT COUNT(*) FROM ANNOTATOR),"
                     + " (SELECT COUNT(*) FROM SPAN_LINK), (SELECT MAX(ID) FROM SPAN_LINK), (SELECT COUNT(*) FROM GUIDELINE),"
                     + " (SELECT COUNT(*) FROM CLAIM_CLUSTER), (SELECT MAX(UPDATED_AT) FROM CLAIM_CLUSTER),"
                     + " (SELECT COUNT(*) FROM CLAIM_MEMBER)")) {
            result.next();
            StringBuilder fingerprint = new StringBuilder();
            for (int column = 1; column <= 13; column++) {
                fingerprint.append(result.getString(column)).append('|');
            }
            return fingerprint.toString();
        } catch (SQLException e) {
            if (DamageState.isDamage(e)) {
                throw database.damage().record("a part of the file cannot be read", e);
            }
            throw new StoreException("Cannot read " + database.location() + ": " + firstLine(e), e);
        }
    }

    static Contents contents(Connection connection) throws SQLException {
        return new Contents(count(connection, "ARTICLE"), count(connection, "SPAN"), count(connection, "ANNOTATOR"),
                count(connection, "GOLD_DECISION"));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "'")) {
            exists.next();
            if (exists.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A file name as an SQL string literal (H2's SCRIPT and RUNSCRIPT take no parameters). */
    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
