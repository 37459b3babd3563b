package io.veritag.testing;

import io.veritag.service.Workspace;
import io.veritag.store.Database;
import java.nio.file.Path;

/**
 * The database the store, service and command-line suites run on: H2 in memory (the default), or a fresh
 * database on the real PostgreSQL server of this JVM when the build runs the suites again with
 * {@code -Dveritag.test.database=postgresql} (the pom's second test run does).
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("veritag.test.database"));
    }

    /** A fresh, migrated, empty database. */
    public static Database fresh() {
        return fresh(null);
    }

    public static Database fresh(Runnable beforeEachQuery) {
        return postgres() ? PostgresServer.get().freshDatabase(beforeEachQuery) : Database.inMemory(beforeEachQuery);
    }

    public static Workspace freshWorkspace() {
        return new Workspace(fresh());
    }

    /**
     * A location to give {@code --db} for a fresh database: a file in {@code folder} on H2, a new database
     * on the test server otherwise.
     */
    public static String location(Path folder, String fileName) {
        if (postgres()) {
            PostgresServer server = PostgresServer.get();
            return "jdbc:postgresql://localhost:" + server.port() + "/" + server.freshDatabaseName()
                    + "?user=" + PostgresServer.SUPERUSER + "&sslmode=disable";
        }
        return folder.resolve(fileName).toString();
    }
}
