package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.NewArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DatabaseFileTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileOnFirstOpenAndKeepsDataAcrossOpens() {
        Path db = dir.resolve("nested/team");
        try (Database database = Database.open(db.toString())) {
            database.store().articles().insert(new NewArticle("x", "T", null, null, null, "text"), "h");
        }
        assertThat(dir.resolve("nested/team.mv.db")).exists();
        try (Database database = Database.open(dir.resolve("nested/team.mv.db").toString())) {
            assertThat(database.store().articles().count()).isEqualTo(1);
        }
    }

    @Test
    void aSecondProcessGetsAOneLineMessageAndTheFileStaysIntact() throws Exception {
        String path = dir.resolve("busy").toString();
        try (Database first = Database.open(path)) {
            first.store().articles().insert(new NewArticle("x", "T", null, null, null, "text"), "h");
            List<String> output = runInSecondJvm(path);
            assertThat(output).singleElement().asString()
                    .startsWith("DatabaseInUseException: Database " + path + " is in use");
            assertThat(first.store().articles().count()).isEqualTo(1);
        }
        assertThat(runInSecondJvm(path)).containsExactly("opened 1");
    }

    private static List<String> runInSecondJvm(String path) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenDatabaseMain.class.getName(), path)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return lines;
    }

    @Test
    void skipsFlywayOnlyWhenTheNewestMigrationIsApplied() throws Exception {
        String path = dir.resolve("versions").toString();
        String url = Database.jdbcUrl(path);
        // a file written by the Veritag before this one: every migration but the newest
        var older = org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        var migrations = older.load().info().all();
        assertThat(migrations[migrations.length - 1].getVersion().getVersion()).isEqualTo(io.veritag.model.AppVersion.schema());
        older.target(migrations[migrations.length - 2].getVersion()).load().migrate();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
        try {
            assertThat(Database.schemaIsCurrent(pool)).isFalse();
        } finally {
            pool.dispose();
        }
        // opening it runs Flyway, which applies the missing migration and records it; the next open skips it
        try (Database reopened = Database.open(path)) {
            assertThat(reopened.store().labels().all()).hasSize(3);
        }
        var again = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
        try {
            assertThat(Database.schemaIsCurrent(again)).isTrue();
        } finally {
            again.dispose();
        }
    }

    @Test
    void refusesNonH2Urls() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://example/x"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("only jdbc:h2:");
    }

    @Test
    void fileUrlsAreDurableAndLocal() {
        assertThat(Database.jdbcUrl(dir.resolve("d").toString()))
                .startsWith("jdbc:h2:file:")
                .endsWith(";WRITE_DELAY=0;QUERY_CACHE_SIZE=0")
                .doesNotContain("AUTO_SERVER");
    }
}
