package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.NewArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of naming a database (a path, a {@code jdbc:h2:file:} URL, a {@code jdbc:h2:} URL, memory) opens it with
 * the same settings in effect, and with them a query sees the rows its own transaction inserted: on H2 2.4.240 an
 * {@code EXISTS} parsed once and run again answered from before the insert (an import gave two articles one id).
 */
class OpeningSettingsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"path", "path.mv.db", "file-url", "plain-url", "memory"})
    void everyWayInHasTheSameSettingsInEffect(String way) throws SQLException {
        try (Database database = Database.open(location(way))) {
            Map<String, String> settings = settings(database);
            assertThat(settings).containsEntry("QUERY_CACHE_SIZE", "0");
            if (!way.equals("memory")) {
                assertThat(settings).containsEntry("WRITE_DELAY", "0");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "memory"})
    void anExistsQueryRunAgainInATransactionSeesWhatTheTransactionInserted(String way) throws SQLException {
        try (Database database = Database.open(location(way)); Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            String exists = "SELECT EXISTS(SELECT 1 FROM ARTICLE WHERE EXTERNAL_ID = ?)";
            assertThat(ask(connection, exists, "a-1")).isFalse();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ARTICLE (EXTERNAL_ID, TITLE, TEXT, TEXT_SHA256, TEXT_LENGTH, IMPORTED_AT)"
                            + " VALUES (?, 't', 'x', ?, 1, CURRENT_TIMESTAMP)")) {
                insert.setString(1, "a-1");
                insert.setString(2, "0".repeat(64));
                insert.executeUpdate();
            }
            assertThat(ask(connection, exists, "a-1")).as("the same EXISTS, parsed again, after the insert").isTrue();
            assertThat(ask(connection, "SELECT NOT EXISTS(SELECT 1 FROM ARTICLE WHERE EXTERNAL_ID = ?)", "a-1")).isFalse();
            connection.rollback();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "memory"})
    void theStoresLookupsInATransactionSeeWhatItInserted(String way) {
        try (Database database = Database.open(location(way))) {
            database.store().inTransaction((Store tx) -> {
                String sha = "1".repeat(64);
                assertThat(tx.articles().externalIdExists("b-1")).isFalse();
                assertThat(tx.articles().idBySha256(sha)).isEmpty();
                long id = tx.articles().insert(new NewArticle("b-1", "t", null, null, null, "text"), sha);
                assertThat(tx.articles().externalIdExists("b-1")).isTrue();
                assertThat(tx.articles().idBySha256(sha)).contains(id);
                assertThat(tx.annotators().getOrCreate("ann").id()).isEqualTo(tx.annotators().getOrCreate("ann").id());
            });
        }
    }

    private String location(String way) {
        Path base = dir.resolve("db");
        return switch (way) {
            case "path" -> base.toString();
            case "path.mv.db" -> base + ".mv.db";
            case "file-url" -> "jdbc:h2:file:" + base;
            case "plain-url" -> "jdbc:h2:" + base;
            case "memory" -> "jdbc:h2:mem:settings-" + System.nanoTime();
            default -> throw new IllegalArgumentException(way);
        };
    }

    private static Map<String, String> settings(Database database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = database.connection();
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
            while (result.next()) {
                settings.put(result.getString(1), result.getString(2));
            }
        }
        return settings;
    }

    private static boolean ask(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
