package io.veritag.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code veritag --db DB …} through picocli's execute() and keeps what it printed. */
final class CommandRun {
    private final String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    CommandRun(String db) {
        this.db = db;
    }

    /** Runs one command line; the output of the previous run is forgotten. Returns the exit code. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return VeritagCommand.commandLine((database, annotator) -> { }, io.veritag.service.Workspace::open)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
