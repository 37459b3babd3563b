package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database file starts as the build's migrated empty database: it must be exactly what running the
 * migrations gives (every table, column, index, constraint and seeded row, and the same migration history),
 * so that starting from it can never differ from migrating.
 */
@org.junit.jupiter.api.Tag("h2-only") // about new H2 files
class EmptyDatabaseTemplateTest {
    @TempDir
    Path dir;

    @Test
    void theBuildMadeTheTemplate() {
        assertThat(EmptyDatabaseTemplate.class.getResource(EmptyDatabaseTemplate.RESOURCE))
                .as("made by the build's process-classes step (mvn process-classes)").isNotNull();
    }

    @Test
    void aNewFileFromTheTemplateHoldsExactlyWhatMigratingGives() throws Exception {
        Path fromTemplate = dir.resolve("template");
        Database.open(fromTemplate.toString()).close();
        Path migrated = dir.resolve("migrated");
        Flyway.configure().dataSource(Database.jdbcUrl(migrated.toString()), "sa", "").locations("classpath:db/migration").load().migrate();

        assertThat(script(fromTemplate)).isEqualTo(script(migrated)).isNotEmpty();
        assertThat(history(fromTemplate)).isEqualTo(history(migrated)).hasSizeGreaterThan(10);
    }

    @Test
    void aNewFileStartsSealedAndUsable() {
        Path base = dir.resolve("fresh");
        try (Database database = Database.open(base.toString())) {
            database.store().annotators().getOrCreate("dora");
        }
        try (Database reopened = Database.open(base.toString())) {
            assertThat(reopened.store().annotators().all()).extracting(a -> a.name()).containsExactly("dora");
        }
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().contains("partial"));
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path base = dir.resolve("kept");
        try (Database database = Database.open(base.toString())) {
            database.store().annotators().getOrCreate("erik");
        }
        Path file = Path.of(base + ".mv.db");
        byte[] before = Files.readAllBytes(file);
        assertThat(EmptyDatabaseTemplate.copyTo(file)).as("the file is there: nothing is moved over it").isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static String url(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath();
    }

    /** Everything in the database as SQL, but the migration history (compared apart) and the random user salt. */
    private static List<String> script(Path base) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(base) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SCRIPT")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!line.startsWith("CREATE USER") && !line.contains("\"flyway_schema_history\" VALUES")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static List<String> history(Path base) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(base) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet result = connection.createStatement().executeQuery("SELECT \"installed_rank\", \"version\","
                     + " \"description\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\" ORDER BY 1")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " " + result.getObject(5) + " " + result.getBoolean(6));
            }
        }
        return rows;
    }
}
