package io.veritag.bench;

import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start of {@code target/veritag.jar} to a visible, painted window on a file database holding the
 * sample corpus: each invocation is a new JVM, timed from process start until the window reports that it
 * has painted ({@link StartupProbe}, on the class path after the jar, prints a line and exits). Needs a
 * display (run under xvfb-run) and a packaged jar ({@code mvn package} first). Target: median at most 1.0 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 15)
public class StartupBenchmark {
    /** With or without the class-data-sharing archive that the build writes next to the jar. */
    @Param({"true", "false"})
    public boolean appCds;

    private Path home;
    private Path jar;
    private Path archive;

    @Setup(Level.Trial)
    public void prepareDatabase() throws IOException {
        jar = Path.of("target/veritag.jar").toAbsolutePath();
        archive = Path.of("target/veritag.jsa").toAbsolutePath();
        if (!Files.exists(jar) || (appCds && !Files.exists(archive))) {
            throw new IllegalStateException("run 'mvn package' first: " + jar + " or " + archive + " is missing");
        }
        home = Files.createTempDirectory("veritag-startup-bench");
        try (Database database = Database.open(home.resolve("veritag").toString())) {
            new ImportService(database.store()).importSamples(Progress.NONE);
            database.store().annotators().getOrCreate("bench");
        }
    }

    @Benchmark
    public long coldStartToVisibleWindow() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (appCds) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-Dveritag.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                // the jar first, as with -jar, so the archive's class path matches; the probe's classes after it
                "-cp", jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                StartupProbe.class.getName(), "--annotator", "bench"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("veritag-visible ")) {
                    process.waitFor(30, TimeUnit.SECONDS);
                    return Long.parseLong(line.substring("veritag-visible ".length()).strip());
                }
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
        throw new IllegalStateException("the window never reported itself visible (exit code " + process.exitValue() + ")");
    }
}
