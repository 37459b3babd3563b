package io.veritag.bench;

import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.service.dataset.AnnotatorSpanSource;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.store.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * 100,000 spans over 10,000 articles in an H2 file database: export in every format, and import the jsonl
 * back into an empty database. Each fork runs with {@code -Xmx256m}: if an export held the dataset in memory
 * it would fail there, so a finished run shows the heap stays flat. Besides the wall time per operation,
 * {@code cpuMillis} is the benchmark thread's CPU time (the machines are shared: wall time includes waiting).
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench=DatasetBench}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms64m"})
public class DatasetBench {
    static final int ARTICLES = 10_000;
    static final int SPANS_PER_ARTICLE = 10;

    /** A database holding the corpus, shared by the export runs of one fork. */
    @State(Scope.Benchmark)
    public static class Loaded {
        @Param({"jsonl", "doccano", "spacy", "csv", "brat", "conll"})
        public String format;
        Path folder;
        Database database;
        Path out;

        @Setup(Level.Trial)
        public void load() throws IOException {
            folder = Files.createTempDirectory("veritag-bench");
            BenchCorpus.write(folder.resolve("corpus"), ARTICLES, SPANS_PER_ARTICLE);
            database = Database.open(folder.resolve("db/veritag").toString());
            AnnotationImportSummary summary = new AnnotationImportService(database.store())
                    .importAnnotations(DatasetFormats.require("jsonl"), folder.resolve("corpus/data.jsonl"), Progress.NONE);
            if (summary.failed() || summary.spansAdded() != ARTICLES * SPANS_PER_ARTICLE) {
                throw new IllegalStateException("corpus not loaded: " + summary);
            }
        }

        @Setup(Level.Invocation)
        public void target() {
            out = folder.resolve("exports/run-" + System.nanoTime());
        }

        @TearDown(Level.Invocation)
        public void removeExport() throws IOException {
            delete(out);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            database.close();
            delete(folder);
        }
    }

    /** An empty database and the corpus file, fresh for every import run. */
    @State(Scope.Benchmark)
    public static class Empty {
        Path folder;
        Database database;

        @Setup(Level.Trial)
        public void corpus() throws IOException {
            folder = Files.createTempDirectory("veritag-bench");
            BenchCorpus.write(folder.resolve("corpus"), ARTICLES, SPANS_PER_ARTICLE);
        }

        @Setup(Level.Invocation)
        public void open() {
            database = Database.open(folder.resolve("db-" + System.nanoTime() + "/veritag").toString());
        }

        @TearDown(Level.Invocation)
        public void closeDatabase() {
            database.close();
        }

        @TearDown(Level.Trial)
        public void remove() throws IOException {
            delete(folder);
        }
    }

    /**
     * CPU time of the benchmark thread per operation, reported beside the wall time: on a shared machine the
     * wall time also counts the waiting for a core, the CPU time only the work.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuMillis;
        private long startNanos;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMillis = 0;
        }

        void start() {
            startNanos = THREADS.getCurrentThreadCpuTime();
        }

        void stop() {
            cpuMillis += (THREADS.getCurrentThreadCpuTime() - startNanos) / 1_000_000;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Benchmark
    public ExportResult export(Loaded state, Cpu cpu) {
        cpu.start();
        ExportResult result = new ExportService(state.database.store(), state.folder.resolve("exports"), Clock.systemUTC())
                .export(new ExportRequest(DatasetFormats.require(state.format), io.veritag.service.dataset.ExportLayer.annotators(List.of()),
                        false, List.of(), null, state.out), Progress.NONE);
        if (result.articles() != ARTICLES || result.spans() != ARTICLES * SPANS_PER_ARTICLE) {
            throw new IllegalStateException("incomplete export: " + result.articles() + " articles, " + result.spans() + " spans");
        }
        cpu.stop();
        return result;
    }

    @Benchmark
    public AnnotationImportSummary importJsonl(Empty state, Cpu cpu) {
        cpu.start();
        AnnotationImportSummary summary = new AnnotationImportService(state.database.store())
                .importAnnotations(DatasetFormats.require("jsonl"), state.folder.resolve("corpus/data.jsonl"), Progress.NONE);
        if (summary.failed() || summary.spansAdded() != ARTICLES * SPANS_PER_ARTICLE) {
            throw new IllegalStateException("import failed: " + summary.errors());
        }
        cpu.stop();
        return summary;
    }

    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
