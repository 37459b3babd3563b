package io.veritag.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop image the package phase builds (target/veritag): its launcher is the command line too, it runs
 * from any folder it is copied to without a word on the console, and its start-up archive is used where it
 * was made, unused (silently) in a copy, and made again for the copy by the program's own StartCache run.
 */
class DesktopImageIT {
    private static final Path IMAGE = Path.of("target", "veritag").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theLauncherIsTheCommandLineAndSaysNothingElse() throws Exception {
        Run version = run(IMAGE, Map.of(), "--version");
        assertThat(version.exitCode).isZero();
        assertThat(version.out).matches("veritag \\S+ \\(schema \\d+\\)\\R");
        assertThat(version.err).isEmpty();

        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Kherson is free 🇺🇦\n\nOfficials denied that the pullout was a retreat.\n");
        Files.writeString(articles.resolve("two.txt"), "The withdrawal could take a week.\n");
        Path db = dir.resolve("data").resolve("veritag");
        Run imported = run(IMAGE, Map.of(), "--db", db.toString(), "import", articles.toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.out).startsWith("Imported 2 articles");
        Run listed = run(IMAGE, Map.of(), "--db", db.toString(), "articles");
        assertThat(listed.out).contains("Kherson is free 🇺🇦").contains("The withdrawal could take a week.");
        assertThat(listed.err).isEmpty();
    }

    @Test
    void aCopyElsewhereRunsQuietlyAndGetsItsOwnArchiveBack() throws Exception {
        assertThat(classesFromTheProgramsArchive(IMAGE)).as("the archive fits where the build made it").isGreaterThan(100);

        Path copy = dir.resolve("a copy with spaces");
        copyTree(IMAGE, copy);
        Run version = run(copy, Map.of(), "--version");
        assertThat(version.exitCode).isZero();
        assertThat(version.err).as("no 'Unable to use shared archive' or other warning").isEmpty();
        assertThat(classesFromTheProgramsArchive(copy)).as("Java 17 archives do not move").isZero();

        Process remake = new ProcessBuilder(copy.resolve("lib/runtime/bin/java").toString(), "-cp",
                copy.resolve("lib/app/veritag.jar").toString(), "io.veritag.StartCache").inheritIO().start();
        assertThat(remake.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(remake.exitValue()).isZero();
        assertThat(Files.readString(copy.resolve("lib/app/veritag.jsa.origin")).strip())
                .isEqualTo(copy.resolve("lib/app").toRealPath().toString());
        assertThat(classesFromTheProgramsArchive(copy)).isGreaterThan(100);
        assertThat(run(copy, Map.of(), "--version").err).isEmpty();
    }

    @Test
    void theLauncherAsksNoPackageManagerAndWorksThroughALink() throws Exception {
        // jpackage's own Linux launcher ran "rpm -qf" and "dpkg -S" on itself at every start: stand-ins for
        // both, first on the PATH, leave a mark if anything calls them
        Path fakeTools = Files.createDirectories(dir.resolve("tools"));
        Path called = dir.resolve("package-manager-called");
        for (String tool : List.of("rpm", "dpkg", "dpkg-query")) {
            Path script = fakeTools.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$0 $*\" >> '" + called + "'\nexit 1\n");
            assertThat(script.toFile().setExecutable(true)).isTrue();
        }
        Path links = Files.createDirectories(dir.resolve("usr local bin"));
        Path link = Files.createSymbolicLink(links.resolve("veritag"), IMAGE.resolve("bin").resolve("veritag"));

        Path log = dir.resolve("classes.log");
        Run version = runCommand(List.of(link.toString(), "--version"), Map.of(
                "PATH", fakeTools + ":" + System.getenv("PATH"),
                "JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log));
        assertThat(version.exitCode).as(version.err).isZero();
        assertThat(version.out).startsWith("veritag ");
        assertThat(called).doesNotExist();
        try (Stream<String> lines = Files.lines(log)) {
            assertThat(lines.filter(line -> line.contains("shared objects file (top)")).count())
                    .as("a link to the launcher still starts the image with its archive").isGreaterThan(100);
        }
    }

    /** How many classes a start of the launcher took from the program's own archive (the top layer). */
    private long classesFromTheProgramsArchive(Path image) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Run run = run(image, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(run.exitCode).isZero();
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("shared objects file (top)")).count();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Path image, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin").resolve("veritag").toString());
        command.addAll(List.of(args));
        return runCommand(command, environment);
    }

    private Run runCommand(List<String> command, Map<String, String> environment) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HOME", dir.resolve("home").toString()); // never the real data folder
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS")).reduce("", (a, b) -> a + b + "\n");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
