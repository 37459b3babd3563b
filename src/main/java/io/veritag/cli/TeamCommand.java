package io.veritag.cli;

import io.veritag.service.Workspace;
import io.veritag.service.team.TeamService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag team init|add-annotator|add-curator|blind}: team mode on a PostgreSQL server (issue 10). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Set up team mode on a PostgreSQL server: roles, row-level security, logins.",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddAnnotator.class, TeamCommand.AddCurator.class, TeamCommand.Blind.class})
final class TeamCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the team roles and row-level security policies (run once, by the database's owner; safe to repeat).")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace workspace = team.parent.openWorkspace()) {
                workspace.team().init();
                PrintWriter out = spec.commandLine().getOut();
                out.println("Team mode is set up on " + workspace.location()
                        + ": blind labeling is on; add logins with veritag team add-annotator NAME and add-curator NAME.");
                out.flush();
            }
            return 0;
        }
    }

    /** Shared by add-annotator and add-curator. */
    abstract static class AddLogin implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The login (letters, digits, '_', '.', '-'); also the name shown for this person.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input"
                + " (otherwise a new login gets a made-up password, printed once).")
        boolean passwordFromStdin;

        abstract TeamService.AddedLogin add(TeamService team, String name, char[] password);

        abstract String role();

        @Override
        public Integer call() throws IOException {
            char[] password = passwordFromStdin ? firstLineOfStdin() : null;
            TeamService.AddedLogin added;
            try (Workspace workspace = team.parent.openWorkspace()) {
                added = add(workspace.team(), name, password);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!added.newLogin()) {
                out.println("The existing login " + added.name() + " is now " + role() + "; its password is unchanged.");
            } else if (added.generatedPassword() != null) {
                out.println("Added " + role() + " " + added.name() + ". Password (shown once, stored nowhere; give it to them): "
                        + new String(added.generatedPassword()));
            } else {
                out.println("Added " + role() + " " + added.name() + " with the password given.");
            }
            out.flush();
            return 0;
        }

        private static char[] firstLineOfStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: no password on standard input");
            }
            return line.toCharArray();
        }
    }

    @Command(name = "add-annotator", mixinStandardHelpOptions = true,
            description = "Create a login that labels as itself (or give an existing login that role).")
    static final class AddAnnotator extends AddLogin {
        @Override
        TeamService.AddedLogin add(TeamService team, String name, char[] password) {
            return team.addAnnotator(name, password);
        }

        @Override
        String role() {
            return "annotator";
        }
    }

    @Command(name = "add-curator", mixinStandardHelpOptions = true,
            description = "Create a curator login: reads every annotator's spans and alone writes gold.")
    static final class AddCurator extends AddLogin {
        @Override
        TeamService.AddedLogin add(TeamService team, String name, char[] password) {
            return team.addCurator(name, password);
        }

        @Override
        String role() {
            return "curator";
        }
    }

    @Command(name = "blind", mixinStandardHelpOptions = true,
            description = "Blind labeling on (an annotator reads others' spans on an article only after marking it done) or off.")
    static final class Blind implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "on|off", description = "on or off")
        String setting;

        @Override
        public Integer call() {
            if (!setting.equals("on") && !setting.equals("off")) {
                throw new IllegalArgumentException("team blind takes on or off, not " + setting);
            }
            try (Workspace workspace = team.parent.openWorkspace()) {
                workspace.team().setBlindLabeling(setting.equals("on"));
            }
            spec.commandLine().getOut().println("Blind labeling is " + setting + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
