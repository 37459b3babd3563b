package io.veritag.cli;

import io.veritag.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code veritag} command. Without a subcommand it opens the workbench window; subcommands are thin
 * and call the same services as the window.
 */
@Command(name = "veritag",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand too
        versionProvider = VersionProvider.class,
        description = "Annotation workbench for fact-checkers. Without a command, opens the window.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ImportCommand.class,
                ArticlesCommand.class,
                AnnotatorsCommand.class,
                AdjudicateCommand.class,
                GoldCommand.class,
                AgreementCommand.class,
                ExportCommand.class,
                ImportAnnotationsCommand.class,
                DbCommand.class,
        })
public final class VeritagCommand implements Callable<Integer> {
    /** Exit code meaning "the window is open; do not exit the JVM". */
    public static final int WINDOW_OPENED = -1;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Database: a file path or a jdbc:h2: URL (default: the embedded database in ~/.veritag).")
    String db;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Open the window as this annotator (created if new) instead of the one it remembers.")
    String annotator;

    private final WindowOpener windowOpener;

    /** Opens the workbench window; the entry point passes the real one, tests a recorder. */
    @FunctionalInterface
    public interface WindowOpener {
        /** @param db the --db value or null; @param annotator the --annotator value or null */
        void open(String db, String annotator);
    }

    VeritagCommand(WindowOpener windowOpener) {
        this.windowOpener = windowOpener;
    }

    /**
     * The configured command line. {@code windowOpener} is called when no subcommand is given.
     */
    public static CommandLine commandLine(WindowOpener windowOpener) {
        CommandLine commandLine = new CommandLine(new VeritagCommand(windowOpener));
        commandLine.setExecutionExceptionHandler(VeritagCommand::oneLineError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        windowOpener.open(db, annotator);
        return WINDOW_OPENED;
    }

    /** Opens the database named by {@code --db}; the caller closes it. */
    public Database openDatabase() {
        return Database.open(db);
    }

    private static int oneLineError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        java.util.Optional<String> damage = io.veritag.service.care.DatabaseCare.damageAdvice(e, java.time.Instant.now());
        if (damage.isPresent()) {
            err.println("veritag: " + damage.get());
            err.flush();
            return DbCommand.DAMAGED;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("veritag: " + message.lines().findFirst().orElse(message));
        err.flush();
        return 1;
    }
}
