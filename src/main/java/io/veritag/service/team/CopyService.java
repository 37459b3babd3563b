package io.veritag.service.team;

import io.veritag.store.Database;
import io.veritag.store.DatabaseCopy;
import java.util.Map;

/**
 * {@code veritag db copy}: moves a whole project between databases, H2 and PostgreSQL in either direction
 * (articles, annotators, spans, statuses, gold and its audit trail, settings). The target is created and
 * migrated if new, must be empty, and is written in one transaction.
 */
public final class CopyService {
    private CopyService() {
    }

    /** Rows per table: in the source, and in the target after the copy. */
    public record CopyResult(String from, String to, Map<String, long[]> rowsPerTable) {
        public boolean countsMatch() {
            return rowsPerTable.values().stream().allMatch(c -> c[0] == c[1]);
        }
    }

    public static CopyResult copy(String from, String to) {
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            DatabaseCopy.Counts counts = DatabaseCopy.copy(source, target);
            return new CopyResult(source.location(), target.location(), counts.perTable());
        }
    }
}
