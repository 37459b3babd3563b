package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The window's quick way past picocli must never open a window picocli would not open, nor with other values:
 * every argument list here is run both ways and the outcomes compared.
 */
@org.junit.jupiter.api.Tag("h2-only") // no database at all
class WindowArgumentsTest {
    private static final List<List<String>> ARGUMENTS = List.of(
            List.of(),
            List.of("--db", "/tmp/a"),
            List.of("--db=/tmp/a b"),
            List.of("--annotator", "Anna Kovalenko"),
            List.of("--annotator=Anna", "--db", "jdbc:h2:file:/tmp/x"),
            List.of("--db", "/tmp/a", "--db", "/tmp/b"),
            List.of("--annotator", " padded "),
            List.of("--annotator", ""),
            List.of("--annotator", "x".repeat(101)),
            List.of("--annotator", "line\nbreak"),
            List.of("--db"),
            List.of("--db", "--annotator", "anna"),
            List.of("--db", "@args.txt"),
            List.of("@args.txt"),
            List.of("--dbx", "/tmp/a"),
            List.of("--version"),
            List.of("articles"),
            List.of("--db", "/tmp/a", "articles"),
            List.of("-h"),
            List.of("--", "--db", "/tmp/a"));

    @Test
    void opensTheWindowOnlyWhenPicocliWouldAndWithTheSameValues() {
        for (List<String> arguments : ARGUMENTS) {
            String[] args = arguments.toArray(String[]::new);
            Optional<WindowArguments> quick = WindowArguments.of(args);
            if (quick.isEmpty()) {
                continue; // picocli decides, as before
            }
            List<String> opened = new ArrayList<>();
            picocli.CommandLine commandLine = VeritagCommand.commandLine((db, annotator) -> opened.add(db + "|" + annotator),
                    db -> {
                        throw new AssertionError("no workspace for the window's arguments");
                    });
            commandLine.setErr(new PrintWriter(new StringWriter()));
            commandLine.setOut(new PrintWriter(new StringWriter()));
            int exitCode = commandLine.execute(args);
            assertThat(exitCode).as("%s", arguments).isEqualTo(VeritagCommand.WINDOW_OPENED);
            assertThat(opened).as("%s", arguments).containsExactly(quick.get().db() + "|" + quick.get().annotator());
        }
    }

    @Test
    void takesTheQuickWayForTheWindowsUsualArguments() {
        assertThat(WindowArguments.of(new String[0])).contains(new WindowArguments(null, null));
        assertThat(WindowArguments.of(new String[] {"--db", "/tmp/a", "--annotator", "Anna"}))
                .contains(new WindowArguments("/tmp/a", "Anna"));
        assertThat(WindowArguments.of(new String[] {"--annotator=Anna"})).contains(new WindowArguments(null, "Anna"));
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] args : List.of(new String[] {"articles"}, new String[] {"--version"}, new String[] {"--db"},
                new String[] {"--annotator", "x".repeat(101)}, new String[] {"--db", "a", "--db", "b"},
                new String[] {"@args.txt"})) {
            assertThat(WindowArguments.of(args)).as("%s", List.of(args)).isEmpty();
        }
    }

    @Test
    void runReportsTheWindowAsPicocliDoes() {
        List<String> opened = new ArrayList<>();
        int exitCode = VeritagCommand.run(new String[] {"--db", "/tmp/a"}, (db, annotator) -> opened.add(db + "|" + annotator),
                db -> {
                    throw new AssertionError("no workspace for the window's arguments");
                });
        assertThat(exitCode).isEqualTo(VeritagCommand.WINDOW_OPENED);
        assertThat(opened).containsExactly("/tmp/a|null");
    }
}
