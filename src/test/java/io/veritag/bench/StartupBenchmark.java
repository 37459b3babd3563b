package io.veritag.bench;

import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start to the first painted window, timed from process start, each invocation a new process: with the
 * desktop image's launcher ({@code target/veritag/bin/veritag}), with {@code java -jar} and the jar's class-data
 * archive, and with plain {@code java -jar}; on a file database holding the sample corpus (to the workbench),
 * and on no database at all (first start: to the name dialog). {@link StartupProbe} rides along as a Java agent
 * and reports when the window has painted (and, as the window opens before its database, when the articles are
 * listed in it: printed beside JMH's figures). Needs a display (xvfb-run) and {@code mvn package} first.
 * Targets (median): launcher 0.6 s, plain jar 1.2 s, first start 1.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 9)
public class StartupBenchmark {
    public enum Launcher { IMAGE, JAR_WITH_ARCHIVE, JAR }

    @Param({"IMAGE", "JAR_WITH_ARCHIVE", "JAR"})
    public Launcher launcher;

    /** samples: the five sample articles and a known annotator; empty: the very first start. */
    @Param({"samples", "empty"})
    public String database;

    private Path home;
    private Path probe;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        for (Path needed : List.of(Path.of("target/veritag.jar"), Path.of("target/veritag.jsa"), Path.of("target/veritag/bin/veritag"))) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException("run 'mvn package' first: " + needed.toAbsolutePath() + " is missing");
            }
        }
        probe = probeAgent();
        home = Files.createTempDirectory("veritag-startup-bench");
        if (database.equals("samples")) {
            String ownHome = System.getProperty("veritag.home");
            System.setProperty("veritag.home", home.toString()); // closed cleanly here as the program would close it
            try (Database db = Database.open(home.resolve("veritag").toString())) {
                new ImportService(db.store()).importSamples(Progress.NONE);
                db.store().annotators().getOrCreate("bench");
            } finally {
                if (ownHome == null) {
                    System.clearProperty("veritag.home");
                } else {
                    System.setProperty("veritag.home", ownHome);
                }
            }
        }
    }

    /** For the first start every invocation gets a data folder that has never been used. */
    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        if (database.equals("empty")) {
            home = Files.createTempDirectory("veritag-first-start");
        }
    }

    /** Milliseconds to the article list showing the articles, per start of this trial (the window comes first). */
    private final List<Long> listed = new ArrayList<>();

    @Benchmark
    public long coldStartToPaintedWindow() throws IOException, InterruptedException {
        Started started = start(launcher, home, probe, database.equals("samples") ? List.of("--annotator", "bench") : List.of(), 0);
        if (started.listedMillis() >= 0) {
            listed.add(started.listedMillis());
        }
        return started.visibleMillis();
    }

    /** The window opens before its database: when the articles were there too, beside JMH's figure. */
    @TearDown(Level.Trial)
    public void reportListed() {
        if (!listed.isEmpty()) {
            List<Long> sorted = listed.stream().sorted().toList();
            System.out.printf("%n%s on %s: articles listed after %d ms (median of %d starts, warm-up included)%n",
                    launcher, database, sorted.get(sorted.size() / 2), sorted.size());
        }
    }

    /**
     * What one start reported: milliseconds to the painted window, to the articles listed in it (-1: no list, as
     * on a first start), and resident memory after the hold (or -1).
     */
    record Started(long visibleMillis, long listedMillis, long residentKb) {
    }

    static Started start(Launcher launcher, Path home, Path probe, List<String> args, long holdMillis) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        switch (launcher) {
            case IMAGE -> command.add(Path.of("target/veritag/bin/veritag").toAbsolutePath().toString());
            case JAR_WITH_ARCHIVE -> command.addAll(List.of(java, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                    "-XX:SharedArchiveFile=" + Path.of("target/veritag.jsa").toAbsolutePath(),
                    "-jar", Path.of("target/veritag.jar").toAbsolutePath().toString()));
            case JAR -> command.addAll(List.of(java, "-jar", Path.of("target/veritag.jar").toAbsolutePath().toString()));
        }
        command.addAll(List.of("--db", home.resolve("veritag").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-javaagent:" + probe + "=" + holdMillis
                + " -Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("VERITAG_HOME", home.toString()); // the log in home/logs
        long launched = System.nanoTime();
        Process process = builder.start();
        long visible = -1;
        long listedAt = -1;
        long resident = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("veritag-visible")) {
                    // timed here, from outside: the child's own start instant is only as exact as the kernel's
                    // boot time, a whole second on Linux
                    visible = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
                } else if (line.startsWith("veritag-listed")) {
                    listedAt = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
                } else if (line.startsWith("veritag-rss ")) {
                    resident = Long.parseLong(line.substring("veritag-rss ".length()).strip());
                }
            }
        }
        process.waitFor(60, TimeUnit.SECONDS);
        if (visible < 0) {
            throw new IllegalStateException("the window never reported itself painted (exit code " + process.exitValue() + ")");
        }
        return new Started(visible, listedAt, resident);
    }

    /** The probe as an agent jar, from the compiled test classes. */
    static Path probeAgent() throws IOException {
        Path jar = Files.createTempFile("veritag-startup-probe", ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), StartupProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String name = StartupProbe.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(name));
            try (var in = StartupProbe.class.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }
}
