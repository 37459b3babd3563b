package io.veritag.store;

import java.nio.file.Files;
import java.nio.file.Path;
import io.veritag.model.AppVersion;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * An open Veritag database: H2 (embedded file by default, or any H2 JDBC URL), migrated by Flyway on open.
 *
 * <p>File databases are opened with {@code WRITE_DELAY=0}: a commit is on disk when it returns, so a
 * killed process loses nothing that was shown as saved. H2's default exclusive file lock is kept (no
 * AUTO_SERVER, so nothing listens on the network); a second process gets {@link DatabaseInUseException}.
 */
public final class Database implements AutoCloseable {
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final java.util.Queue<java.sql.Connection> SHUT_DOWN = new java.util.concurrent.ConcurrentLinkedQueue<>();

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final javax.sql.DataSource pool;
    private final Store store;
    private final String location;
    private final DamageState damage;
    private final ServerLocation server;
    private final FileUpkeep upkeep;
    private final Path file;
    private final java.util.List<ServerWatch> watches = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database(javax.sql.DataSource pool, Store store, String location, DamageState damage, ServerLocation server,
                     FileUpkeep upkeep, Path file) {
        this.pool = pool;
        this.store = store;
        this.location = location;
        this.damage = damage;
        this.server = server;
        this.upkeep = upkeep;
        this.file = file;
    }

    /**
     * Opens a database.
     *
     * @param location null or blank for the embedded default, a {@code jdbc:h2:} URL, or a file path
     *                 (with or without the {@code .mv.db} ending)
     */
    public static Database open(String location) {
        return open(location, null);
    }

    /**
     * Opens a database whose every query first runs {@code beforeEachQuery} (on the querying thread): tests
     * use it to fail when the window queries on the event dispatch thread. Null for no hook.
     */
    public static Database open(String location, Runnable beforeEachQuery) {
        if (ServerLocation.isServer(location)) {
            ServerPassword passwords = ServerPassword.ofThisProcess();
            ServerLocation server = ServerLocation.parse(location, passwords.defaultUser());
            return openServer(server, passwords.find(server).orElse(null), beforeEachQuery);
        }
        String url = jdbcUrl(location);
        if (DatabaseLocation.isFile(url)) {
            // one opening of a file at a time in this program: a second opener joining the first one's read-only
            // check would have its connections cut off when that check shuts the read-only database down
            synchronized (DatabaseFile.openingLock(url)) {
                return openH2(location, url, beforeEachQuery);
            }
        }
        return openH2(location, url, beforeEachQuery);
    }

    private static Database openH2(String location, String url, Runnable beforeEachQuery) {
        String shown = describe(location);
        DamageState damage = new DamageState(shown);
        boolean knownSound = false;
        Path file = null;
        if (DatabaseLocation.isFile(url)) {
            createParentFolder(url, shown);
            startFromTemplate(url);
            DatabaseFile.refuseEmptyFile(url, shown);
            DatabaseFile.refuseIfLockedElsewhere(url, shown);
            file = DatabaseFile.of(url).orElseThrow();
            CloseCompaction.removeLeftover(file); // a copy a killed close left; the file itself is the database
            // unchanged since a clean close: read whole when it was opened, written only by H2 since
            knownSound = CleanCloseSeal.matches(file) || DatabaseFile.refuseDamageReadOnly(url, damage);
            CleanCloseSeal.forget(file); // from now on the file changes
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, shown);
        }
        if (!knownSound) {
            DatabaseFile.refuseDamage(pool, damage);
        }
        if (!schemaIsCurrent(pool)) {
            try {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .loggers("slf4j")
                        .load()
                        .migrate();
            } catch (FlywayException e) {
                pool.dispose();
                throw new StoreException("Cannot prepare database " + shown + ": " + firstLine(e.getMessage()), e);
            }
        }
        return new Database(pool, new Store(context(pool, SQLDialect.H2, damage, beforeEachQuery)), shown, damage, null,
                file == null ? null : startUpkeep(pool, damage, shown), file);
    }

    /**
     * Opens (and migrates) a database on a PostgreSQL server as {@code server.user()}; the same migrations and
     * jOOQ code as on H2, in the PostgreSQL dialect.
     *
     * @param password null when the server needs none (or trusts this machine)
     */
    public static Database openServer(ServerLocation server, char[] password, Runnable beforeEachQuery) {
        DamageState damage = new DamageState(server.display());
        com.zaxxer.hikari.HikariDataSource pool = ServerPool.open(server, password);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("Cannot prepare database " + server.display() + ": " + firstLine(ServerPool.reason(e)), e);
        }
        return new Database(pool, new Store(context(pool, SQLDialect.POSTGRES, damage, beforeEachQuery)),
                server.display(), damage, server, null, null);
    }

    private static org.jooq.DSLContext context(javax.sql.DataSource pool, SQLDialect dialect, DamageState damage,
                                               Runnable beforeEachQuery) {
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        DefaultConfiguration configuration = new DefaultConfiguration();
        if (dialect == SQLDialect.POSTGRES) {
            configuration.set(new ServerConnections(pool, damage.file()));
        } else {
            configuration.set(pool);
        }
        configuration.set(dialect);
        configuration.set(settings);
        configuration.data(DamageState.class, damage);
        if (beforeEachQuery == null) {
            configuration.set(new ExceptionTranslator(damage));
        } else {
            configuration.set(new QueryHook(beforeEachQuery), new ExceptionTranslator(damage));
        }
        return DSL.using(configuration);
    }

    private static FileUpkeep startUpkeep(JdbcConnectionPool pool, DamageState damage, String shown) {
        try (var connection = pool.getConnection()) {
            return FileUpkeep.start(connection, damage);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("Cannot open database " + shown + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** False when the server cannot be reached right now (an H2 database is always reachable). */
    public boolean reachable() {
        if (server == null) {
            return true;
        }
        try (var connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Team mode administration; a PostgreSQL server only. */
    public TeamAdmin team() {
        if (server == null) {
            throw new StoreException("Team mode needs a PostgreSQL server (--db jdbc:postgresql://host:port/database); "
                    + location + " is an embedded H2 database", null);
        }
        return new TeamAdmin(this);
    }

    /** The PostgreSQL server this database lives on, or empty for an H2 database. */
    public java.util.Optional<ServerLocation> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * True when Flyway's history says the newest migration this program ships has been applied. Then there is
     * nothing to migrate, and Flyway (a third of start-up: it scans the jar for migrations) is not started.
     * Any other state, including a database newer than the program, goes through Flyway and its checks.
     */
    static boolean schemaIsCurrent(JdbcConnectionPool pool) {
        String latestApplied = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1";
        try (var connection = pool.getConnection()) {
            // asked first, so that a new database does not make H2 write a "table not found" trace file
            try (var exists = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                if (!exists.next() || exists.getInt(1) == 0) {
                    return false;
                }
            }
            try (var statement = connection.createStatement(); var result = statement.executeQuery(latestApplied)) {
                return result.next() && result.getString(1).equals(AppVersion.schema());
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /** A fresh private in-memory database, for tests and benchmarks. */
    public static Database inMemory() {
        return inMemory(null);
    }

    /** A fresh private in-memory database whose queries first run {@code beforeEachQuery} (see {@link #open(String, Runnable)}). */
    public static Database inMemory(Runnable beforeEachQuery) {
        return open("jdbc:h2:mem:veritag-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", beforeEachQuery);
    }

    public Store store() {
        return store;
    }

    /** The database as the user named it (a path or URL), for messages and the window title. */
    public String location() {
        return location;
    }

    /** A connection of this database's pool, for the store's own maintenance work (checks, backups). */
    java.sql.Connection connection() throws SQLException {
        return pool.getConnection();
    }

    DamageState damage() {
        return damage;
    }

    /**
     * Watches the team server (reachable or not, others' progress) until the watch or this database is closed;
     * empty for an H2 database, which is always reachable and has no one else's progress to announce.
     */
    public java.util.Optional<ServerWatch> watch(ServerWatch.Listener listener) {
        if (!(pool instanceof com.zaxxer.hikari.HikariDataSource serverPool)) {
            return java.util.Optional.empty();
        }
        ServerWatch watch = ServerWatch.start(serverPool, listener, location);
        watches.add(watch);
        return java.util.Optional.of(watch);
    }

    @Override
    public void close() {
        if (pool instanceof com.zaxxer.hikari.HikariDataSource serverPool) {
            watches.forEach(ServerWatch::close);
            serverPool.close();
            return;
        }
        if (upkeep != null) {
            upkeep.close();
        }
        JdbcConnectionPool pool = (JdbcConnectionPool) this.pool;
        if (damage.current() != null || damage.diskFull() != null) {
            DatabaseFile.closeWithoutWriting(pool);
            return;
        }
        try {
            // SHUTDOWN closes the database and with it this connection: closing it again would make H2 log an
            // error into a .trace.db file, and so would the garbage collector finding it unclosed; so it is
            // kept, closed and referenced, until the program ends.
            var connection = pool.getConnection();
            keepUntilExit(connection);
            connection.createStatement().execute("SHUTDOWN");
            if (file != null && damage.current() == null) {
                // no opener in this program meets the file while it is being replaced by its compacted copy
                synchronized (DatabaseFile.openingLock(file)) {
                    CloseCompaction.afterCleanClose(file);
                    CleanCloseSeal.write(file);
                }
            }
        } catch (SQLException ignored) {
            // already closed: nothing to flush
        } finally {
            pool.dispose();
        }
    }

    /** The JDBC URL for a location, with the settings every file database gets; see {@link DatabaseLocation}. */
    static String jdbcUrl(String location) {
        return DatabaseLocation.jdbcUrl(location);
    }

    private static String describe(String location) {
        if (location == null || location.isBlank()) {
            return AppHome.defaultDatabase() + ".mv.db";
        }
        return location;
    }

    /** A database that does not exist yet starts as the build's migrated empty one (unless the URL says IFEXISTS). */
    private static void startFromTemplate(String url) {
        Path file = DatabaseFile.of(url).orElseThrow();
        if (!Files.exists(file) && !url.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=TRUE")) {
            EmptyDatabaseTemplate.copyTo(file); // when it cannot, H2 creates the file and Flyway migrates it
        }
    }

    private static void createParentFolder(String url, String shown) {
        Path parent = DatabaseLocation.file(url).getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create folder for database " + shown + ": " + e.getMessage(), e);
        }
    }

    private static StoreException translateOpenFailure(SQLException e, String shown) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return inUse(shown, e);
        }
        if (DamageState.isDamage(e) || e.getErrorCode() == org.h2.api.ErrorCode.GENERAL_ERROR_1
                || e.getErrorCode() == org.h2.api.ErrorCode.SYNTAX_ERROR_1 || e.getErrorCode() == org.h2.api.ErrorCode.SYNTAX_ERROR_2) {
            // an existing file H2 fails on while opening, with an internal error or a schema statement of its own
            // that no longer parses (a flipped bit in the stored schema): its structure is broken
            return new DamagedDatabaseException(shown, "the file's structure cannot be read, so it cannot be opened", e);
        }
        return new StoreException("Cannot open database " + shown + ": " + firstLine(e.getMessage()), e);
    }

    /** See {@link #close()}: a connection that SHUTDOWN closed is neither closed again nor collected. */
    static void keepUntilExit(java.sql.Connection connection) {
        SHUT_DOWN.add(connection);
    }

    static DatabaseInUseException inUse(String shown, Throwable cause) {
        return new DatabaseInUseException("Database " + shown
                + " is in use by another program (another Veritag window?); close it, or choose another database with --db", cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
}
