package io.veritag.cli;

import io.veritag.service.Workspace;
import io.veritag.service.care.Backup;
import io.veritag.service.care.DatabaseCare;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag db check|backup|restore|recover}: looking after the database file. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Check, back up, restore or salvage the database file.",
        subcommands = {DbCommand.Check.class, DbCommand.BackupCommand.class, DbCommand.Restore.class, DbCommand.Recover.class,
                DbCopyCommand.class})
final class DbCommand implements Callable<Integer> {
    /** Exit code when a check finds the database damaged. */
    static final int DAMAGED = 3;

    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * Care of a database that is not opened here: check reads it read-only, restore and recover refuse it
     * while it is open, and a damaged file would not open at all.
     */
    DatabaseCare care() {
        return new DatabaseCare(parent.db);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read every table, index and article text; say OK or what is wrong (exit code 3).")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DatabaseCare.CheckResult result = db.care().check();
            PrintWriter out = spec.commandLine().getOut();
            if (result.sound()) {
                out.println("OK: " + VisibleText.visible(result.database()) + ": " + summary(result.rowsPerTable()));
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("DAMAGED: " + VisibleText.visible(result.database()));
            result.problems().forEach(problem -> err.println("  " + VisibleText.visible(problem)));
            DatabaseCare care = db.care();
            care.newestBackup().ifPresentOrElse(
                    b -> err.println("Newest backup: " + b.describe(Instant.now()) + "\n  veritag db restore " + b.file()),
                    () -> err.println("No backup of this database."));
            err.println("To salvage what can be read into a new file: veritag db recover");
            err.flush();
            return DAMAGED;
        }

        private static String summary(Map<String, Long> rows) {
            return String.format("%,d articles, %,d spans, %,d annotators, %,d gold decisions; %d tables, every row and index read",
                    rows.getOrDefault("ARTICLE", 0L), rows.getOrDefault("SPAN", 0L), rows.getOrDefault("ANNOTATOR", 0L),
                    rows.getOrDefault("GOLD_DECISION", 0L), rows.size());
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent backup (gzip-compressed SQL) to FILE, or into the backups folder.")
    static final class BackupCommand implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write it (default: the backups folder, rotated).")
        Path file;

        @Override
        public Integer call() {
            Backup backup;
            try (Workspace workspace = db.parent.openWorkspace()) {
                backup = workspace.care().backup(file);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Backup written: " + backup.file() + " (" + backup.holds() + ")");
            out.flush();
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the database with a backup; the current file is kept aside, never overwritten.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The backup (a .sql.gz file written by veritag db backup or automatically).")
        Path file;

        @Override
        public Integer call() {
            DatabaseCare.RestoreResult result = db.care().restore(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restored " + result.database() + " from " + file + ": "
                    + result.restored().holds());
            result.keptAside().ifPresent(aside -> out.println("The previous file is kept as " + aside));
            out.flush();
            return 0;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = "Salvage what can be read of a damaged database into a new file beside it, and report it.")
    static final class Recover implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DatabaseCare.RecoveryResult result = db.care().recover();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Salvaged from " + result.damaged() + " into " + result.recovered() + ":");
            out.println(String.format("  %,d articles", result.articles()));
            result.spansPerAnnotator().forEach((name, spans) ->
                    out.println(String.format("  %,d spans by %s", spans, VisibleText.visible(name))));
            result.decisionsPerCurator().forEach((name, decisions) ->
                    out.println(String.format("  %,d gold decisions by %s", decisions, VisibleText.visible(name))));
            if (result.orphanSpans() > 0) {
                out.println(String.format("  %,d spans whose article was lost", result.orphanSpans()));
            }
            result.notes().forEach(note -> out.println("  " + note));
            out.println("The damaged file is untouched. Check the new one, then use it:");
            out.println("  veritag --db " + result.recovered() + " db check");
            out.flush();
            return 0;
        }
    }
}
