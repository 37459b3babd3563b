package io.veritag.cli;

import io.veritag.model.Guideline;
import io.veritag.service.GuidelineService;
import io.veritag.service.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag guidelines}: the guideline texts, their versions, and a new version from a file. */
@Command(name = "guidelines", mixinStandardHelpOptions = true,
        description = {"Guideline text per label (CLAIM, DENIAL, SPECULATION, SOURCE) and link type (SAID_BY, DENIES, "
                + "HEDGES): the current versions; 'history SUBJECT' lists every version; 'set SUBJECT --file F --author NAME' "
                + "saves a new version (new spans are stamped with it)."})
final class GuidelinesCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    /** A guideline is at most 8,000 characters: a larger file is surely the wrong one. */
    private static final long MAX_FILE_BYTES = 4L * GuidelineService.MAX_TEXT + 1024;

    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Guideline> current;
        try (Workspace workspace = parent.openWorkspace()) {
            current = workspace.guidelines().current();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Guideline g : current) {
            print(out, g);
        }
        out.flush();
        return 0;
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every version of one subject, oldest first.")
    int history(@Parameters(paramLabel = "SUBJECT", description = "a label or link type, e.g. CLAIM or DENIES") String subject) {
        List<Guideline> versions;
        try (Workspace workspace = parent.openWorkspace()) {
            versions = workspace.guidelines().history(subject);
        }
        PrintWriter out = spec.commandLine().getOut();
        versions.forEach(g -> print(out, g));
        out.flush();
        return 0;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Saves the text of a UTF-8 file as the subject's next guideline version.")
    int set(@Parameters(paramLabel = "SUBJECT", description = "a label or link type, e.g. CLAIM or DENIES") String subject,
            @Option(names = "--file", required = true, paramLabel = "FILE", description = "the new text (UTF-8)") Path file,
            @Option(names = "--author", required = true, paramLabel = "NAME", description = "who wrote it") String author) {
        String text = read(file);
        Guideline saved;
        try (Workspace workspace = parent.openWorkspace()) {
            saved = workspace.guidelines().set(subject, text, author);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Saved " + saved.subject() + " version " + saved.version() + " by " + saved.author() + ".");
        out.flush();
        return 0;
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + ": too large for a guideline (at most "
                        + GuidelineService.MAX_TEXT + " characters)");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void print(PrintWriter out, Guideline g) {
        out.println(g.subject() + " version " + g.version() + " (" + g.author() + ", " + WHEN.format(g.createdAt()) + ")");
        for (String line : g.text().split("\n", -1)) {
            out.println("    " + line);
        }
    }
}
