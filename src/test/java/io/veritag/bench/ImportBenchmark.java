package io.veritag.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.service.ImportService;
import io.veritag.service.ImportSummary;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing 10,000 articles (50 MB of text) into a fresh file database, as one JSONL file and as a folder
 * of .txt files. Target: at most 15 s with the heap capped at 256 MB (the fork runs with -Xmx256m, so a
 * heap that grew past it would fail the run with OutOfMemoryError).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportBenchmark {
    static final int ARTICLES = 10_000;
    static final int CHARS_PER_ARTICLE = 5_000;

    private Path workDir;
    private Path jsonl;
    private Path txtFolder;
    private Database database;

    @Setup(Level.Trial)
    public void writeInputs() throws IOException {
        workDir = Files.createTempDirectory("veritag-import-bench");
        jsonl = workDir.resolve("articles.jsonl");
        txtFolder = Files.createDirectories(workDir.resolve("txt"));
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String text = SyntheticCorpus.article(i, CHARS_PER_ARTICLE);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "a" + i);
                line.put("source", "Bench Wire");
                line.put("text", text);
                out.write(json.writeValueAsString(line));
                out.write('\n');
                Files.writeString(txtFolder.resolve(String.format("%05d.txt", i)), text, StandardCharsets.UTF_8);
            }
        }
    }

    @Setup(Level.Invocation)
    public void freshDatabase() throws IOException {
        Path db = workDir.resolve("db");
        deleteTree(db);
        database = Database.open(db.resolve("bench").toString());
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        database.close();
    }

    @TearDown(Level.Trial)
    public void removeInputs() throws IOException {
        deleteTree(workDir);
    }

    @Benchmark
    public ImportSummary importOneJsonlFile() {
        return check(new ImportService(database.store()).importPaths(List.of(jsonl), Progress.NONE));
    }

    @Benchmark
    public ImportSummary importFolderOfTxtFiles() {
        return check(new ImportService(database.store()).importPaths(List.of(txtFolder), Progress.NONE));
    }

    private static ImportSummary check(ImportSummary summary) {
        if (summary.imported() != ARTICLES) {
            throw new IllegalStateException("imported " + summary.describe() + " " + summary.errors());
        }
        return summary;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
