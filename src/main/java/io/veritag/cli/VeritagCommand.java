package io.veritag.cli;

import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
                GuidelinesCommand.class,
                ExportCommand.class,
                ImportAnnotationsCommand.class,
                DbCommand.class,
                TeamCommand.class,
                SuggestCommand.class,
                ClaimsCommand.class,
                DesktopEntryCommand.class,
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
    private final Function<String, Workspace> workspaces;

    /** Opens the workbench window; the entry point passes the real one, tests a recorder. */
    @FunctionalInterface
    public interface WindowOpener {
        /** @param db the --db value or null; @param annotator the --annotator value or null */
        void open(String db, String annotator);
    }

    VeritagCommand(WindowOpener windowOpener, Function<String, Workspace> workspaces) {
        this.windowOpener = windowOpener;
        this.workspaces = workspaces;
    }

    /**
     * Runs {@code veritag} with {@code args}: opens the window straight away when the arguments are only the
     * window's own, else through the whole command line. Returns the exit code, or {@link #WINDOW_OPENED}.
     */
    public static int run(String[] args, WindowOpener windowOpener, Function<String, Workspace> workspaces) {
        java.util.Optional<WindowArguments> window = WindowArguments.of(args);
        if (window.isPresent()) {
            windowOpener.open(window.get().db(), window.get().annotator());
            return WINDOW_OPENED;
        }
        return commandLine(windowOpener, workspaces).execute(args);
    }

    /**
     * The configured command line. {@code windowOpener} is called when no subcommand is given; commands open
     * their workspace with {@code workspaces} (given the --db value, null for the default).
     */
    public static CommandLine commandLine(WindowOpener windowOpener, Function<String, Workspace> workspaces) {
        CommandLine commandLine = new VisibleCommandLine(new VeritagCommand(windowOpener, workspaces));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler(VeritagCommand::oneLineError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        if (annotator != null) {
            annotator = io.veritag.model.AnnotatorName.checked(annotator); // one clear line, before any window opens
        }
        windowOpener.open(db, annotator);
        return WINDOW_OPENED;
    }

    /** Opens the workspace on the database named by {@code --db}; the caller closes it. */
    public Workspace openWorkspace() {
        return workspaces.apply(db);
    }

    /** Whatever writer a caller sets, commands print through {@link VisiblePrintWriter}: data never drives the terminal. */
    private static final class VisibleCommandLine extends CommandLine {
        VisibleCommandLine(Object command) {
            super(command);
        }

        @Override
        public CommandLine setOut(PrintWriter out) {
            return super.setOut(VisiblePrintWriter.wrap(out));
        }

        @Override
        public CommandLine setErr(PrintWriter err) {
            return super.setErr(VisiblePrintWriter.wrap(err));
        }
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
        String line = message.lines().findFirst().orElse(message);
        if (saysWhatWentWrong(e)) {
            err.println("veritag: " + line);
        } else {
            // a library's failure (the driver, jOOQ, the JDK): its words alone help nobody, its trace helps support
            org.slf4j.LoggerFactory.getLogger(VeritagCommand.class).error("command failed", e);
            err.println("veritag: unexpected failure: " + line + " (details in "
                    + io.veritag.LogSetup.folder().resolve("veritag.log") + ")");
        }
        err.flush();
        return 1;
    }

    /** Veritag's own exceptions and argument checks carry a message written for the user. */
    private static boolean saysWhatWentWrong(Exception e) {
        return e.getClass().getName().startsWith("io.veritag.") || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException;
    }
}
