package io.veritag.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every table's rows through each of its indexes and through a plain table scan: a half-finished
 * commit shows up as indexes that disagree (rows visible through one index and not through another).
 */
final class IndexAgreement {
    private IndexAgreement() {
    }

    /** One line per table whose counts disagree, naming each index and its count; empty when all agree. */
    static List<String> disagreements(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> firstColumns = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND ORDINAL_POSITION = 1 ORDER BY TABLE_NAME, INDEX_NAME")) {
            while (r.next()) {
                firstColumns.computeIfAbsent(r.getString(1), t -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        for (Map.Entry<String, Map<String, String>> table : firstColumns.entrySet()) {
            String t = quote(table.getKey());
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("row count", count(db, "SELECT COUNT(*) FROM " + t));
            counts.put("table scan", count(db, "SELECT COUNT(*) FROM (SELECT * FROM " + t + " USE INDEX () LIMIT 2147483647) x"));
            for (Map.Entry<String, String> index : table.getValue().entrySet()) {
                String hint = " USE INDEX (" + quote(index.getKey()) + ")";
                String c = quote(index.getValue());
                counts.put(index.getKey(), count(db, "SELECT COUNT(*) FROM " + t + hint + " WHERE " + c + " IS NOT NULL")
                        + count(db, "SELECT COUNT(*) FROM " + t + hint + " WHERE " + c + " IS NULL"));
            }
            if (counts.values().stream().distinct().count() > 1) {
                problems.add(table.getKey() + ": " + counts);
            }
        }
        return problems;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
