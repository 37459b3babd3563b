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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Cold start to the first painted window, timed from process start, each invocation a new process: with the
 * desktop image's launcher ({@code target/veritag/bin/veritag}), with {@code java -jar} and the jar's class-data
 * archive, and with plain {@code java -jar}; on a file database holding the sample corpus (to the workbench),
 * and on no database at all (first start: to the name dialog). {@link StartupProbe} rides along as a Java agent
 * and reports when the window has painted; the timed call ends there (the articles listed, the window closed
 * and the process ended are read outside it). Beside JMH's mean, each trial prints the median of its measured
 * starts and when the articles were listed. Needs a display (xvfb-run) and {@code mvn package} first.
 * Targets (median): launcher 0.6 s, plain jar 1.2 s, first start 1.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 9)
public class StartupBenchmark {
    /** How the program is started; {@code MINIMAL_WINDOW} is not the program but the floor under it ({@link MinimalWindow}). */
    public enum Launcher { IMAGE, JAR_WITH_ARCHIVE, JAR, MINIMAL_WINDOW }

    @Param({"IMAGE", "JAR_WITH_ARCHIVE", "JAR", "MINIMAL_WINDOW"})
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

    /** Milliseconds to the painted window and to the articles listed in it, per measured start of this trial. */
    private final List<Long> painted = new ArrayList<>();
    private final List<Long> listed = new ArrayList<>();
    private boolean measuring;
    /** The start being timed; the rest of its life (articles listed, closing, exit) is not. */
    private Launched launched;

    /**
     * Launches the program and returns once its first window has painted: JMH's single-shot time is the time of
     * this call, so it must end there (waiting here for the process to end would time its closing too).
     */
    @Benchmark
    public long coldStartToPaintedWindow() throws IOException {
        launched = Launched.start(launcher, home, probe, database.equals("samples") ? List.of("--annotator", "bench") : List.of(), 0);
        return launched.awaitVisible();
    }

    /** Whether the coming iteration is measured (warm-up starts are left out of the medians). */
    @Setup(Level.Iteration)
    public void iterationKind(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** Outside the timed call: the rest of the start (the articles listed, the window closed, the process ended). */
    @TearDown(Level.Invocation)
    public void finishStart() throws IOException, InterruptedException {
        Started started = launched.finish();
        if (measuring) {
            painted.add(started.visibleMillis());
            if (started.listedMillis() >= 0) {
                listed.add(started.listedMillis());
            }
        }
    }

    /** The medians the targets are stated in (JMH prints the mean), and when the articles were listed too. */
    @TearDown(Level.Trial)
    public void reportMedians() {
        System.out.printf("%n%s on %s: painted window after %d ms (median of %d starts)%s%n", launcher, database,
                median(painted), painted.size(),
                listed.isEmpty() ? "" : String.format(", articles listed after %d ms (median)", median(listed)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }

    /**
     * What one start reported: milliseconds to the painted window, to the articles listed in it (-1: no list, as
     * on a first start), and resident memory after the hold (or -1).
     */
    record Started(long visibleMillis, long listedMillis, long residentKb) {
    }

    /** One start, whole: launched, its window painted, its report read to the end, the process ended. */
    static Started start(Launcher launcher, Path home, Path probe, List<String> args, long holdMillis) throws IOException, InterruptedException {
        Launched launched = Launched.start(launcher, home, probe, args, holdMillis);
        launched.awaitVisible();
        return launched.finish();
    }

    /** A running start of the program with the probe, read line by line as it reports. */
    static final class Launched {
        private final Process process;
        private final long launchedNanos;
        private final BufferedReader out;
        private long visible = -1;

        private Launched(Process process, long launchedNanos) {
            this.process = process;
            this.launchedNanos = launchedNanos;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Launched start(Launcher launcher, Path home, Path probe, List<String> args, long holdMillis) throws IOException {
            List<String> command = new ArrayList<>();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            switch (launcher) {
                case IMAGE -> command.add(Path.of("target/veritag/bin/veritag").toAbsolutePath().toString());
                case JAR_WITH_ARCHIVE -> command.addAll(List.of(java, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                        "-XX:SharedArchiveFile=" + Path.of("target/veritag.jsa").toAbsolutePath(),
                        "-jar", Path.of("target/veritag.jar").toAbsolutePath().toString()));
                case JAR -> command.addAll(List.of(java, "-jar", Path.of("target/veritag.jar").toAbsolutePath().toString()));
                case MINIMAL_WINDOW -> command.addAll(minimalWindow());
            }
            if (launcher != Launcher.MINIMAL_WINDOW) {
                command.addAll(List.of("--db", home.resolve("veritag").toString()));
                command.addAll(args);
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("JAVA_TOOL_OPTIONS", "-javaagent:" + probe + "=" + holdMillis
                    + " -Djava.util.prefs.userRoot=" + home.resolve("prefs"));
            builder.environment().put("HOME", home.toString());
            builder.environment().put("VERITAG_HOME", home.toString()); // the log in home/logs
            long launched = System.nanoTime();
            return new Launched(builder.start(), launched);
        }

        /** {@link MinimalWindow} as the launcher starts the program: the image's runtime, archive and options. */
        private static List<String> minimalWindow() throws IOException {
            Path app = Path.of("target/veritag/lib/app").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(Path.of("target/veritag/lib/runtime/bin/java").toAbsolutePath().toString(),
                    "-XX:SharedArchiveFile=" + app.resolve("veritag.jsa"), "-Xshare:auto",
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:+UseSerialGC", "-Xms16m"));
            String launcherScript = Files.readString(Path.of("target/veritag/bin/veritag"));
            java.util.regex.Matcher tier4 = java.util.regex.Pattern.compile("-XX:Tier4\\w+=\\d+").matcher(launcherScript);
            while (tier4.find()) {
                command.add(tier4.group());
            }
            // the archive's class path first, as it was made; the test classes after it do not void it
            command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-cp", app.resolve("veritag.jar") + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                    MinimalWindow.class.getName()));
            return command;
        }

        /** Milliseconds from the launch to the probe's report of the painted window. */
        long awaitVisible() throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("veritag-visible")) {
                    // timed here, from outside: the child's own start instant is only as exact as the kernel's
                    // boot time, a whole second on Linux
                    visible = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
                    return visible;
                }
            }
            throw new IllegalStateException("the window never reported itself painted (the program ended)");
        }

        /** Reads the rest of the report (articles listed, resident memory) and waits for the process to end. */
        Started finish() throws IOException, InterruptedException {
            long listedAt = -1;
            long resident = -1;
            try (out) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("veritag-listed")) {
                        listedAt = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
                    } else if (line.startsWith("veritag-rss ")) {
                        resident = Long.parseLong(line.substring("veritag-rss ".length()).strip());
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the program did not end after its window closed");
            }
            return new Started(visible, listedAt, resident);
        }
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
