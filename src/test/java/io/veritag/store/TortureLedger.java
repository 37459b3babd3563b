package io.veritag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the crash-torture parent knows about one database file: every change a worker acknowledged, what the
 * operation in flight at the kill might have touched, and every import tried. {@link #verify} compares it
 * with the file after a kill; {@link #resync} then takes the file's state as the new truth.
 */
final class TortureLedger {
    static final String DELETED = "deleted";

    /** Span id to "article start end label note" of the torture annotator's spans, or {@link #DELETED}. */
    private final Map<Long, String> spans = new HashMap<>();
    /** Article id to the torture annotator's status. */
    private final Map<Long, String> statuses = new HashMap<>();
    /** Gold span id to "article start end label", or {@link #DELETED}. */
    private final Map<Long, String> gold = new HashMap<>();
    /** Article import prefix to the number of articles it must hold: null while not acknowledged. */
    private final Map<String, Integer> articleImports = new LinkedHashMap<>();
    private final Map<String, Integer> articleImportSizes = new HashMap<>();
    /** Annotation import annotator name to "prefix lines spans"; acknowledged ones in the set. */
    private final Map<String, String[]> annotationImports = new LinkedHashMap<>();
    private final Set<String> annotationImportsAcknowledged = new HashSet<>();
    /** What the operation in flight may have touched ("S 12", "A 3", "G 7", "NEW", "NEWGOLD", imports). */
    private final Set<String> inFlight = new HashSet<>();
    private boolean committing;
    /** The round's last protocol lines, shown beside a change committed but never acknowledged. */
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();

    int acknowledgedThisRound;

    /** Applies one protocol line of the worker. */
    void accept(String line) {
        recent.addLast(line);
        if (recent.size() > 12) {
            recent.removeFirst();
        }
        String[] f = line.split(" ");
        switch (f[0]) {
            case "TRY" -> tryLine(f);
            case "OK" -> {
                okLine(f, line);
                acknowledgedThisRound++;
            }
            case "DONE" -> {
                inFlight.clear();
                committing = false;
            }
            case "COMMITTING" -> committing = true;
            default -> {
                // READY, FAIL, CLOSED: nothing to remember
            }
        }
    }

    boolean committing() {
        return committing;
    }

    private void tryLine(String[] f) {
        for (int i = 1; i < f.length; i++) {
            switch (f[i]) {
                case "S", "A", "G" -> {
                    inFlight.add(f[i] + " " + f[i + 1]);
                    i++;
                }
                case "IMPORT" -> {
                    articleImports.put(f[i + 1], null);
                    articleImportSizes.put(f[i + 1], Integer.parseInt(f[i + 2]));
                    i += 2;
                }
                case "ANN" -> {
                    annotationImports.put(f[i + 1], new String[] {f[i + 2], f[i + 3], f[i + 4]});
                    i += 4;
                }
                default -> inFlight.add(f[i]);
            }
        }
    }

    private void okLine(String[] f, String line) {
        switch (f[1]) {
            case "S" -> spans.put(Long.parseLong(f[2]), rest(line, 3));
            case "D" -> spans.put(Long.parseLong(f[2]), DELETED);
            case "A" -> statuses.put(Long.parseLong(f[2]), f[3]);
            case "G" -> gold.put(Long.parseLong(f[2]), rest(line, 3));
            case "GD" -> gold.put(Long.parseLong(f[2]), DELETED);
            case "IMPORT" -> articleImports.put(f[2], articleImportSizes.get(f[2]));
            case "ANN" -> annotationImportsAcknowledged.add(f[2]);
            default -> throw new IllegalArgumentException("unknown acknowledgement: " + line);
        }
    }

    private static String rest(String line, int fromField) {
        String[] parts = line.split(" ", fromField + 1);
        return parts[fromField];
    }

    /** Every way the file disagrees with what was acknowledged, by kind. */
    record Findings(List<String> lost, List<String> inconsistentImports, List<String> indexDisagreements,
                    List<String> unacknowledged) {
        boolean clean() {
            return lost.isEmpty() && inconsistentImports.isEmpty() && indexDisagreements.isEmpty();
        }
    }

    Findings verify(Connection db) throws SQLException {
        List<String> lost = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        List<String> unacknowledged = new ArrayList<>();
        Map<Long, String> actualSpans = spansIn(db);
        compare("span", spans, actualSpans, "S ", "NEW", lost, unacknowledged);
        compare("gold span", gold, goldIn(db), "G ", "NEWGOLD", lost, unacknowledged);
        Map<Long, String> actualStatuses = statusesIn(db);
        statuses.forEach((article, status) -> {
            if (!inFlight.contains("A " + article) && !status.equals(actualStatuses.getOrDefault(article, "TODO"))) {
                lost.add("article " + article + ": acknowledged status " + status + ", found "
                        + actualStatuses.getOrDefault(article, "TODO"));
            }
        });
        for (Map.Entry<String, Integer> i : articleImports.entrySet()) {
            int found = count(db, "SELECT COUNT(*) FROM article WHERE external_id LIKE ?", i.getKey() + "-%");
            int size = articleImportSizes.get(i.getKey());
            if (i.getValue() != null && found != i.getValue()) {
                lost.add("import " + i.getKey() + ": acknowledged " + i.getValue() + " articles, found " + found);
            } else if (i.getValue() == null && found != 0 && found != size) {
                imports.add("import " + i.getKey() + " (not acknowledged): " + found + " of " + size + " articles");
            }
        }
        for (Map.Entry<String, String[]> a : annotationImports.entrySet()) {
            int lines = Integer.parseInt(a.getValue()[1]);
            int spansExpected = Integer.parseInt(a.getValue()[2]);
            int articles = count(db, "SELECT COUNT(*) FROM article WHERE external_id LIKE ?", a.getValue()[0] + "-%");
            int spansFound = count(db, "SELECT COUNT(*) FROM span s JOIN annotator n ON n.id = s.annotator_id WHERE n.name = ?",
                    a.getKey());
            boolean whole = articles == lines && spansFound == spansExpected;
            boolean none = articles == 0 && spansFound == 0;
            if (annotationImportsAcknowledged.contains(a.getKey()) && !whole) {
                lost.add("annotation import " + a.getKey() + ": acknowledged " + lines + " articles and " + spansExpected
                        + " spans, found " + articles + " and " + spansFound);
            } else if (!whole && !none) {
                imports.add("annotation import " + a.getKey() + " (not acknowledged): " + articles + " of " + lines
                        + " articles, " + spansFound + " of " + spansExpected + " spans");
            }
        }
        return new Findings(lost, imports, IndexAgreement.disagreements(db), unacknowledged);
    }

    private void compare(String what, Map<Long, String> expected, Map<Long, String> actual, String key, String newKey,
                         List<String> lost, List<String> unacknowledged) {
        expected.forEach((id, state) -> {
            if (inFlight.contains(key + id)) {
                return;
            }
            String found = actual.getOrDefault(id, DELETED);
            if (!state.equals(found)) {
                lost.add(what + " " + id + ": acknowledged " + state + ", found " + found);
            }
        });
        List<Long> unexpected = actual.keySet().stream()
                .filter(id -> !expected.containsKey(id) && !inFlight.contains(key + id)).toList();
        if (unexpected.size() > (inFlight.contains(newKey) ? 1 : 0)) {
            // whole rows, committed but never reported as saved: nothing acknowledged is missing, so this is
            // counted and shown, not failed (one in 150 rounds, not yet explained)
            unacknowledged.add(what + "s never acknowledged appeared: " + unexpected.stream().map(id -> id + " (" + actual.get(id)
                    + ")").toList() + "; in flight " + inFlight + "; last lines " + String.join(" | ", recent));
        }
    }

    /** Takes the file as the truth after a verified kill: whatever the operation in flight did or did not do. */
    void resync(Connection db) throws SQLException {
        spans.clear();
        spans.putAll(spansIn(db));
        gold.clear();
        gold.putAll(goldIn(db));
        statuses.clear();
        statuses.putAll(statusesIn(db));
        for (Map.Entry<String, Integer> i : articleImports.entrySet()) {
            if (i.getValue() == null) {
                i.setValue(count(db, "SELECT COUNT(*) FROM article WHERE external_id LIKE ?", i.getKey() + "-%"));
            }
        }
        annotationImports.keySet().removeIf(name -> !annotationImportsAcknowledged.contains(name));
        inFlight.clear();
        committing = false;
        acknowledgedThisRound = 0;
        recent.clear();
    }

    /** Forgets everything: the file was replaced by a fresh copy of its starting point. */
    void reset() {
        spans.clear();
        gold.clear();
        statuses.clear();
        articleImports.clear();
        annotationImports.clear();
        annotationImportsAcknowledged.clear();
        inFlight.clear();
        committing = false;
        acknowledgedThisRound = 0;
    }

    private static Map<Long, String> spansIn(Connection db) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT s.id, s.article_id, s.start_offset, s.end_offset, s.label, s.note"
                + " FROM span s JOIN annotator n ON n.id = s.annotator_id WHERE n.name = ?")) {
            s.setString(1, TortureWorkerMain.ANNOTATOR);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getLong(1), r.getLong(2) + " " + r.getInt(3) + " " + r.getInt(4) + " " + r.getString(5) + " "
                            + (r.getString(6) == null ? "-" : r.getString(6)));
                }
            }
        }
        return found;
    }

    private static Map<Long, String> goldIn(Connection db) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, article_id, start_offset, end_offset, label FROM gold_span");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.put(r.getLong(1), r.getLong(2) + " " + r.getInt(3) + " " + r.getInt(4) + " " + r.getString(5));
            }
        }
        return found;
    }

    private static Map<Long, String> statusesIn(Connection db) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT st.article_id, st.status FROM article_status st"
                + " JOIN annotator n ON n.id = st.annotator_id WHERE n.name = ?")) {
            s.setString(1, TortureWorkerMain.ANNOTATOR);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return found;
    }

    static int count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
