package io.veritag.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** {@code veritag db check}: reads a whole database (see {@link Integrity}) and says what is wrong, if anything. */
public final class Checkup {
    private Checkup() {
    }

    /** The outcome: rows per table, and one line per problem (empty when the database is sound). */
    public record Report(String database, Map<String, Long> rowsPerTable, List<String> problems) {
        public boolean sound() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks a database that is not open in this program: opened read-only, never created, never migrated,
     * so a damaged file is not touched.
     */
    public static Report check(String location) {
        if (ServerLocation.isServer(location)) {
            throw serverChecksItself(location);
        }
        String shown = location == null || location.isBlank() ? AppHome.defaultDatabase() + ".mv.db" : location;
        Path file = DatabaseFile.of(location).orElse(null);
        if (file != null) {
            if (!Files.exists(file)) {
                throw new StoreException("No database at " + file, null);
            }
            try {
                if (Files.size(file) == 0) {
                    return new Report(shown, Map.of(), List.of("the file is empty (0 bytes), so everything it held is gone"));
                }
            } catch (IOException e) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        String url = Database.jdbcUrl(location) + (file != null ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : "");
        if (file == null) {
            return walkReadOnly(url, shown);
        }
        synchronized (DatabaseFile.openingLock(url)) { // not inside an opening's read-only check (see Database#open)
            return walkReadOnly(url, shown);
        }
    }

    private static Report walkReadOnly(String url, String shown) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Integrity.Result result = Integrity.walk(connection, Integrity.Depth.FULL);
            return new Report(shown, result.rowsPerTable(), result.problems());
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException("Database " + shown + " is in use by another program (a Veritag window?);"
                        + " use Help → Check the database there, or close it first", e);
            }
            if (DamageState.isDamage(e)) {
                return new Report(shown, Map.of(), List.of("H2 cannot open it: " + Snapshots.firstLine(e)));
            }
            throw new StoreException("Cannot check " + shown + ": " + Snapshots.firstLine(e), e);
        }
    }

    /** Checks the database this program has open (the window's Help menu). Damage found stops all writes. */
    public static Report check(Database database) {
        if (database.server().isPresent()) {
            throw serverChecksItself(database.location());
        }
        try (Connection connection = database.connection()) {
            Integrity.Result result = Integrity.walk(connection, Integrity.Depth.FULL);
            if (!result.sound()) {
                database.damage().record(DatabaseFile.summary(result.problems()), null);
            }
            return new Report(database.location(), result.rowsPerTable(), result.problems());
        } catch (SQLException e) {
            if (DamageState.isDamage(e)) {
                database.damage().record("a part of the file cannot be read", e);
                return new Report(database.location(), Map.of(), List.of("a part of the file cannot be read"));
            }
            throw new StoreException("Cannot check " + database.location() + ": " + Snapshots.firstLine(e), e);
        }
    }

    private static StoreException serverChecksItself(String location) {
        return new StoreException("The check reads H2 database files; " + location
                + " is a PostgreSQL server, which checks its own pages (pg_amcheck)", null);
    }

    /** True when another program (or this one) holds the database file open. */
    public static boolean inUse(Path file) {
        return lockState(file) != Lock.FREE;
    }

    /** Who holds the file's lock. */
    enum Lock { FREE, THIS_PROGRAM, ANOTHER_PROGRAM }

    static Lock lockState(Path file) {
        if (!Files.exists(file)) {
            return Lock.FREE;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Lock.ANOTHER_PROGRAM;
            }
            lock.release();
            return Lock.FREE;
        } catch (OverlappingFileLockException e) {
            return Lock.THIS_PROGRAM;
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
