package io.veritag.bench;

import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident memory of the window, started from the desktop image's launcher, 10 seconds after it first
 * painted: on the sample corpus and on 10,000 synthetic articles. Run with
 * {@code xvfb-run -a mvn -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.StartupMemory} after
 * {@code mvn package}; target: under 150 MB on the sample corpus.
 */
public final class StartupMemory {
    private StartupMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path probe = StartupBenchmark.probeAgent();
        Path samples = Files.createTempDirectory("veritag-memory-samples");
        try (Database db = Database.open(samples.resolve("veritag").toString())) {
            new ImportService(db.store()).importSamples(Progress.NONE);
            db.store().annotators().getOrCreate("bench");
        }
        report("sample corpus (5 articles)", samples, probe);
        Path large = Files.createTempDirectory("veritag-memory-10k");
        Path corpus = Files.createTempDirectory("veritag-memory-corpus");
        BenchCorpus.write(corpus, 10_000, 10);
        try (Database db = Database.open(large.resolve("veritag").toString())) {
            new ImportService(db.store()).importPaths(List.of(corpus.resolve("data.jsonl")), Progress.NONE);
            db.store().annotators().getOrCreate("bench");
        }
        report("10,000 articles", large, probe);
    }

    private static void report(String what, Path home, Path probe) throws Exception {
        StartupBenchmark.Started started = StartupBenchmark.start(StartupBenchmark.Launcher.IMAGE, home, probe,
                List.of("--annotator", "bench"), 10_000);
        System.out.printf("%s: window painted after %d ms, %d MB resident 10 s later%n", what, started.visibleMillis(),
                started.residentKb() / 1024);
    }
}
