package io.veritag.store;

import io.veritag.store.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Copies a whole project from one database to another (H2 or PostgreSQL, either way): every table of the
 * schema, found from the generated jOOQ classes (so tables added by later migrations are copied too), parents
 * before children, rows in key order with their ids kept, then each identity restarted after the highest id.
 * The target must be empty (only what the migrations seed: labels, settings) and is written in one
 * transaction: it holds the whole project or nothing. Ends with a count per table on both sides.
 */
public final class DatabaseCopy {
    /** Rows the migrations themselves insert: replaced by the source's, not counted as "not empty". */
    private static final Set<String> SEEDED = Set.of("label", "project_setting", "guideline", "suggest_cue", "suggest_recommender");
    private static final int BATCH = 500;

    /** Rows per table in the source and in the target after the copy. */
    public record Counts(Map<String, long[]> perTable) {
        public boolean equal() {
            return perTable.values().stream().allMatch(c -> c[0] == c[1]);
        }
    }

    private DatabaseCopy() {
    }

    public static Counts copy(Database from, Database to) {
        DSLContext source = from.store().dsl();
        DSLContext target = to.store().dsl();
        List<Table<?>> tables = parentsFirst(DefaultSchema.DEFAULT_SCHEMA.getTables());
        for (Table<?> table : tables) {
            if (!SEEDED.contains(table.getName()) && target.fetchCount(table) > 0) {
                throw new StoreException("Refused: the target " + to.location() + " is not empty (" + table.getName() + " has "
                        + target.fetchCount(table) + " rows); copy into a new, empty database", null);
            }
        }
        source.transaction(read -> target.transaction(write -> {
            DSLContext in = read.dsl();
            DSLContext out = write.dsl();
            List<Table<?>> childrenFirst = new ArrayList<>(tables);
            java.util.Collections.reverse(childrenFirst);
            for (Table<?> table : childrenFirst) {
                if (SEEDED.contains(table.getName())) {
                    out.deleteFrom(table).execute(); // the source's own rows replace the seed
                }
            }
            for (Table<?> table : tables) {
                copyRows(in, out, table);
            }
            for (Table<?> table : tables) {
                restartIdentity(out, table);
            }
        }));
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Table<?> table : tables) {
            counts.put(table.getName(), new long[] {source.fetchCount(table), target.fetchCount(table)});
        }
        return new Counts(counts);
    }

    private static void copyRows(DSLContext in, DSLContext out, Table<?> table) {
        UniqueKey<?> key = table.getPrimaryKey();
        var select = in.selectFrom(table);
        var ordered = key == null ? select : select.orderBy(key.getFields());
        try (Cursor<? extends Record> rows = ordered.fetchSize(BATCH).fetchLazy()) {
            List<TableRecord<?>> batch = new ArrayList<>(BATCH);
            for (Record row : rows) {
                TableRecord<?> record = (TableRecord<?>) row;
                record.changed(true);
                batch.add(record);
                if (batch.size() == BATCH) {
                    out.batchInsert(batch).execute();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                out.batchInsert(batch).execute();
            }
        }
    }

    /** The same statement works on H2 and PostgreSQL: the next id handed out follows the copied ones. */
    private static void restartIdentity(DSLContext out, Table<?> table) {
        Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        if (identity == null) {
            return;
        }
        Long highest = out.select(DSL.max(identity.coerce(Long.class))).from(table).fetchOne(0, Long.class);
        long next = highest == null ? 1 : highest + 1;
        out.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + identity.getName() + " RESTART WITH " + next);
    }

    /** Tables ordered so that every table comes after the tables its foreign keys point to. */
    static List<Table<?>> parentsFirst(List<Table<?>> tables) {
        List<Table<?>> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(Table::getName));
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (placed.size() < sorted.size()) {
            boolean progress = false;
            for (Table<?> table : sorted) {
                if (placed.contains(table)) {
                    continue;
                }
                boolean ready = true;
                for (ForeignKey<?, ?> reference : table.getReferences()) {
                    Table<?> parent = reference.getKey().getTable();
                    if (!parent.getName().equals(table.getName()) && placed.stream().noneMatch(p -> p.getName().equals(parent.getName()))) {
                        ready = false;
                    }
                }
                if (ready) {
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle between tables");
            }
        }
        return new ArrayList<>(placed);
    }
}
