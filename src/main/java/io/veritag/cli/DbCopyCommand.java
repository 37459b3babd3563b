package io.veritag.cli;

import io.veritag.service.team.CopyService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veritag db copy --from A --to B}: a whole project between H2 and PostgreSQL, ending with a count comparison. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy a whole project into a new, empty database (H2 file or PostgreSQL server, either way),"
                + " then compare the row counts of every table.")
final class DbCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DB", description = "The database to copy: a path, jdbc:h2: or PostgreSQL URL.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DB", description = "The new database (created if new; refused if not empty).")
    String to;

    @Override
    public Integer call() {
        CopyService.CopyResult result = CopyService.copy(from, to);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Copied " + result.from() + " to " + result.to() + ":");
        out.printf("  %-22s %10s %10s%n", "table", "source", "target");
        result.rowsPerTable().forEach((table, counts) ->
                out.printf("  %-22s %,10d %,10d%s%n", table, counts[0], counts[1], counts[0] == counts[1] ? "" : "  DIFFERENT"));
        out.println(result.countsMatch() ? "Every table has the same number of rows on both sides."
                : "The counts differ: the copy is not complete.");
        out.flush();
        return result.countsMatch() ? 0 : 1;
    }
}
