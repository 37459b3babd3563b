package io.veritag.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole database the way a damaged file shows itself: every row and column of every table, every
 * index walked from end to end and counted against its table, and (for a full check) each article's text
 * against its stored SHA-256. H2 checks a page only when it reads it, so anything not read here could
 * hide damage.
 */
final class Integrity {
    private Integrity() {
    }

    /** How much to read. */
    enum Depth {
        /** every row of every table and every index: what opening a file pays, so no write goes into damage */
        OPEN,
        /** also each article's text against its stored SHA-256 (finds flipped bits H2 cannot see): {@code db check} */
        FULL
    }

    /** What a walk found: rows per table, and one line per problem (none when the file is sound). */
    record Result(Map<String, Long> rowsPerTable, List<String> problems) {
        boolean sound() {
            return problems.isEmpty();
        }
    }

    static Result walk(Connection connection, Depth depth) throws SQLException {
        // H2 otherwise gathers a whole result before the first row (a million spans): streamed, a walk needs a
        // row's memory, not a table's, and a large file opens within a small heap
        try (Statement lazy = connection.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            return walkEverything(connection, depth);
        } finally {
            try (Statement eager = connection.createStatement()) {
                eager.execute("SET LAZY_QUERY_EXECUTION FALSE");
            } catch (SQLException connectionGone) {
                // what the walk found, or the failure that stopped it, is what the caller must see, not this
            }
        }
    }

    private static Result walkEverything(Connection connection, Depth depth) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String table : tables(connection)) {
            try {
                rows.put(table, readEveryRow(connection, table));
            } catch (SQLException e) {
                if (!DamageState.isDamage(e)) {
                    throw e;
                }
                problems.add("table " + table + ": some rows cannot be read");
            }
        }
        for (String[] index : indexes(connection)) {
            String table = index[0];
            String name = index[1];
            if (!rows.containsKey(table) || name.startsWith("PRIMARY_KEY") && singleColumnKey(connection, name)) {
                continue; // already reported, or the table's own row map: read just above
            }
            try {
                long counted = walkIndex(connection, table, name);
                if (counted != rows.get(table)) {
                    problems.add("index " + name + " of table " + table + " holds " + counted + " rows, the table " + rows.get(table));
                }
            } catch (SQLException e) {
                if (!DamageState.isDamage(e)) {
                    throw e;
                }
                problems.add("index " + name + " of table " + table + " cannot be read");
            }
        }
        if (depth == Depth.FULL && rows.containsKey("ARTICLE")) {
            problems.addAll(textHashes(connection));
        }
        return new Result(rows, problems);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Pairs of table and index name, primary keys included (a composite key is an index of its own). */
    private static List<String[]> indexes(Connection connection) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME")) {
            while (result.next()) {
                indexes.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        return indexes;
    }

    /** A one-column BIGINT primary key is the table's row map itself in H2, not an index of its own. */
    private static boolean singleColumnKey(Connection connection, String index) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?")) {
            statement.setString(1, index);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    private static long readEveryRow(Connection connection, String table) throws SQLException {
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + quote(table))) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
                count++;
            }
        }
        return count;
    }

    /** Counts the rows an index holds by reading it in its own order, which makes H2 walk that index. */
    private static long walkIndex(Connection connection, String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = ? ORDER BY ORDINAL_POSITION")) {
            statement.setString(1, index);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(quote(result.getString(1)));
                }
            }
        }
        String list = String.join(", ", columns);
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + list + " FROM " + quote(table)
                     + " USE INDEX (" + quote(index) + ") ORDER BY " + list)) {
            while (result.next()) {
                count++;
            }
        }
        return count;
    }

    private static List<String> textHashes(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT ID, TEXT, TEXT_SHA256 FROM ARTICLE ORDER BY ID")) {
            while (result.next()) {
                String actual = HexFormat.of().formatHex(sha256.digest(result.getString(2).getBytes(StandardCharsets.UTF_8)));
                if (!actual.equals(result.getString(3))) {
                    problems.add("article " + result.getLong(1) + ": its text no longer matches its SHA-256");
                }
            }
        }
        return problems;
    }

    /** Names come from H2's own catalogue; quoting keeps lower-case names such as Flyway's table intact. */
    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
