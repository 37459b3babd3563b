package io.veritag.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;

/**
 * {@code veritag db recover}: H2's {@link Recover} reads what it can of a damaged file into an SQL script,
 * which is run into a new database, statement by statement, so one unreadable part does not cost the rest.
 * The damaged file is only read (from a copy).
 */
public final class Salvage {
    private Salvage() {
    }

    /** What was salvaged into the new database. */
    public record Report(Path recovered, long articles, Map<String, Long> spansPerAnnotator,
                         Map<String, Long> decisionsPerCurator, long orphanSpans, List<String> notes) {
    }

    /**
     * Salvages {@code damaged} (a {@code .mv.db} file) into the new database {@code recovered} (a
     * {@code .mv.db} path that must not exist).
     */
    public static Report recover(Path damaged, Path recovered) {
        if (Files.exists(recovered)) {
            throw new StoreException("Will not recover into " + recovered + ": the file exists", null);
        }
        Path work;
        try {
            work = Files.createTempDirectory("veritag-recover");
        } catch (IOException e) {
            throw new StoreException("Cannot create a working folder for recovery: " + e.getMessage(), e);
        }
        try {
            Files.copy(damaged, work.resolve("damaged.mv.db"));
            Recover recover = new Recover();
            recover.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())); // its errors are the damage
            recover.runTool("-dir", work.toString(), "-db", "damaged");
            Path script = work.resolve("damaged.h2.sql");
            if (!Files.exists(script)) {
                throw new StoreException("H2 could read nothing from " + damaged, null);
            }
            return runInto(script, recovered);
        } catch (IOException e) {
            throw new StoreException("Cannot recover " + damaged + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot recover " + damaged + ": " + Snapshots.firstLine(e), e);
        } finally {
            deleteTree(work);
        }
    }

    private static Report runInto(Path script, Path recovered) throws SQLException, IOException {
        String base = recovered.toString().substring(0, recovered.toString().length() - ".mv.db".length());
        List<String> notes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(base), "sa", "");
             Statement statement = connection.createStatement();
             Reader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            ScriptReader statements = new ScriptReader(reader);
            int failed = 0;
            for (String sql = statements.readStatement(); sql != null; sql = statements.readStatement()) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    if (sql.startsWith("ALTER TABLE") && sql.contains("ADD CONSTRAINT") && !sql.endsWith("NOCHECK")) {
                        // rows that point at lost rows: keep them and the constraint, and say so below
                        try {
                            statement.execute(sql + " NOCHECK");
                            continue;
                        } catch (SQLException stillFailing) {
                            // counted below
                        }
                    }
                    failed++;
                }
            }
            if (failed > 0) {
                notes.add(failed + " statements of H2's recovery script failed (parts that could not be read)");
            }
            Report report = new Report(recovered, count(statement, "SELECT COUNT(*) FROM ARTICLE"),
                    grouped(statement, "SELECT A.NAME, COUNT(S.ID) FROM ANNOTATOR A LEFT JOIN SPAN S ON S.ANNOTATOR_ID = A.ID"
                            + " GROUP BY A.NAME ORDER BY A.NAME"),
                    grouped(statement, "SELECT C.NAME, COUNT(D.ID) FROM CURATOR C LEFT JOIN GOLD_DECISION D ON D.CURATOR_ID = C.ID"
                            + " GROUP BY C.NAME ORDER BY C.NAME"),
                    count(statement, "SELECT COUNT(*) FROM SPAN S WHERE NOT EXISTS (SELECT 1 FROM ARTICLE A WHERE A.ID = S.ARTICLE_ID)"),
                    notes);
            statement.execute("SHUTDOWN");
            return report;
        }
    }

    private static long count(Statement statement, String sql) {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the table itself was lost
        }
    }

    private static Map<String, Long> grouped(Statement statement, String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        } catch (SQLException e) {
            // the table itself was lost: nothing to count
        }
        return counts;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
