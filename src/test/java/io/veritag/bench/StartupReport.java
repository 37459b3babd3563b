package io.veritag.bench;

import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One start of the window from the desktop image's launcher, on the sample corpus and on 10,000 synthetic
 * articles: when it painted, its resident memory 10 seconds later, and the program's own start-up phases (the
 * line it writes to its log). Run with
 * {@code xvfb-run -a mvn -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.StartupReport} after
 * {@code mvn package}; target: under 150 MB on the sample corpus.
 */
public final class StartupReport {
    private StartupReport() {
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
        System.out.printf("%s: window painted after %d ms, articles listed after %d ms, %d MB resident 10 s later%n", what,
                started.visibleMillis(), started.listedMillis(), started.residentKb() / 1024);
        try (var lines = Files.lines(home.resolve("logs").resolve("veritag.log"))) {
            lines.filter(line -> line.contains("start-up, from the process start")).forEach(line -> System.out.println("  " + line));
        }
    }
}
