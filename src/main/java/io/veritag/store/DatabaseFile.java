package io.veritag.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.jdbcx.JdbcConnectionPool;

/** Where a database lives on disk, and the checks made on that file before anything is written to it. */
public final class DatabaseFile {
    private static final String FILE_URL = "jdbc:h2:file:";
    private static final ConcurrentHashMap<Path, Object> OPENING = new ConcurrentHashMap<>();

    private DatabaseFile() {
    }

    /**
     * The {@code .mv.db} file behind a location (see {@link Database#open}), or empty for a database that is
     * not a file (in memory, on a server).
     */
    public static Optional<Path> of(String location) {
        if (ServerLocation.isServer(location)) {
            return Optional.empty();
        }
        String url = Database.jdbcUrl(location);
        if (!url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String base = url.substring(FILE_URL.length()).split(";", 2)[0];
        return Optional.of(Path.of(base + ".mv.db").toAbsolutePath().normalize());
    }

    /** H2 would silently start a new, empty database in a zero-byte file: that file once held data. */
    static void refuseEmptyFile(String url, String shown) {
        Path file = Path.of(url.substring(FILE_URL.length()).split(";", 2)[0] + ".mv.db");
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new DamagedDatabaseException(shown, "the file is empty (0 bytes), so everything it held is gone", null);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read database " + shown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Another process holds the file: said before H2 tries, because H2's failed attempt appends a stack
     * trace to a {@code .trace.db} file beside the database. (In this program H2 shares the open database.)
     */
    static void refuseIfLockedElsewhere(String url, String shown) {
        Path file = Path.of(url.substring(FILE_URL.length()).split(";", 2)[0] + ".mv.db");
        if (Checkup.lockState(file) == Checkup.Lock.ANOTHER_PROGRAM) {
            throw Database.inUse(shown, null);
        }
    }

    /**
     * Reads the whole database before anything is written to it (see {@link Integrity}): H2 opens a file
     * with unreadable pages without complaint and keeps accepting writes until a read meets them.
     */
    static void refuseDamage(JdbcConnectionPool pool, DamageState damage) {
        try (var connection = pool.getConnection()) {
            refuseDamage(connection, damage);
        } catch (SQLException e) {
            closeWithoutWriting(pool);
            throw walkFailed(e, damage);
        } catch (DamagedDatabaseException e) {
            closeWithoutWriting(pool);
            throw e;
        }
    }

    private static void refuseDamage(Connection connection, DamageState damage) throws SQLException {
        Integrity.Result result = Integrity.walk(connection, Integrity.Depth.OPEN);
        if (!result.sound()) {
            throw damage.record(summary(result.problems()), null);
        }
    }

    private static StoreException walkFailed(SQLException e, DamageState damage) {
        return DamageState.isDamage(e) ? damage.record("H2 cannot read it", e)
                : new StoreException("Cannot read database " + damage.file() + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }

    /**
     * For an existing file not open in this program: reads it, opened read-only, before the program opens it
     * for writing. H2 2.4 writes to a file as it opens it read-write, even one it then finds unreadable, so
     * that a damaged file would be changed before it is refused. True when the file was read and is sound;
     * false when it was not read here: then the read-write open walks it, as before. That includes a file H2
     * will not open read-only at all: one a killed program left needs the read-write open to roll back.
     *
     * <p>One connection opens the read-only database, walks it and shuts it down: H2 never holds this database
     * without a session of ours until it is closed, and no other connection is asked of it in between. The
     * caller holds {@link #openingLock} for the file, so that no other opener in this program can join this
     * read-only database and have its walk cut off by the shutdown here (H2's "open in exclusive mode").
     */
    static boolean refuseDamageReadOnly(String url, DamageState damage) {
        Path file = Path.of(url.substring(FILE_URL.length()).split(";", 2)[0] + ".mv.db");
        if (!Files.isRegularFile(file) || Checkup.lockState(file) != Checkup.Lock.FREE) {
            return false;
        }
        Connection readOnly;
        try {
            readOnly = DriverManager.getConnection(url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
        } catch (SQLException notReadableReadOnly) {
            return false;
        }
        try {
            refuseDamage(readOnly, damage);
        } catch (SQLException e) {
            throw walkFailed(e, damage);
        } finally {
            shutDownWithoutWriting(readOnly);
        }
        return true;
    }

    /**
     * The lock every opening of {@code url}'s file in this program holds from its first check of the file until
     * the database is open, checked and migrated (see {@link Database#open}): two openers of one file never meet
     * half-way, one of them inside the other's read-only check.
     */
    static Object openingLock(String url) {
        return openingLock(Path.of(url.substring(FILE_URL.length()).split(";", 2)[0] + ".mv.db"));
    }

    /** {@link #openingLock(String)} by the {@code .mv.db} file itself. */
    static Object openingLock(Path file) {
        return OPENING.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
    }

    static String summary(List<String> problems) {
        return problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "");
    }

    /** Closes a damaged database without the clean-up writes of a normal close. */
    static void closeWithoutWriting(JdbcConnectionPool pool) {
        try {
            shutDownWithoutWriting(pool.getConnection());
        } catch (SQLException alreadyClosed) {
            // nothing to close
        } finally {
            pool.dispose();
        }
    }

    /** Shuts the database down through {@code connection}, without the clean-up writes of a normal close. */
    private static void shutDownWithoutWriting(Connection connection) {
        Database.keepUntilExit(connection); // closed by the shutdown, never again: see Database#close
        try {
            connection.createStatement().execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException alreadyClosed) {
            // nothing to close
        }
    }
}
