package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.service.ImportService;
import io.veritag.service.LabelingService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * What opening an existing database costs, walked (the read-only damage walk, then the open for writing: a file
 * Veritag did not close cleanly) and sealed (unchanged since a clean close): builds a file of 5,000 articles of
 * 6 KB with 4,000 spans once, then opens it three times each way and prints each time. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=io.veritag.bench.OpenCost -Dexec.classpathScope=test}
 * (optional argument: the database path to build or reuse).
 */
public final class OpenCost {
    private OpenCost() {
    }

    public static void main(String[] args) throws Exception {
        Path base = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("veritag-open-cost").resolve("veritag");
        if (!Files.exists(Path.of(base + ".mv.db"))) {
            build(base);
        }
        for (int i = 1; i <= 3; i++) {
            // a copy has no seal of a clean close: it is walked, as after a killed program
            Path copy = base.resolveSibling("unsealed-" + i);
            Files.copy(Path.of(base + ".mv.db"), Path.of(copy + ".mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            time("open " + i + " after a kill (walked)", copy);
            time("open " + i + " after a clean close (sealed)", base);
            Files.delete(Path.of(copy + ".mv.db"));
        }
    }

    private static void time(String what, Path base) {
        long start = System.nanoTime();
        try (Database database = Database.open(base.toString())) {
            long opened = System.nanoTime();
            System.out.printf("%s: %,d ms (%,d articles)%n", what, (opened - start) / 1_000_000,
                    database.store().articles().count());
        }
    }

    private static void build(Path base) throws Exception {
        Path input = Files.createDirectories(base.resolveSibling("input")).resolve("articles.jsonl");
        Random random = new Random(2);
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            for (int i = 0; i < 5000; i++) {
                StringBuilder text = new StringBuilder("Article " + i + " ");
                while (text.length() < 6000) {
                    text.append("word").append(random.nextInt(100_000)).append(' ');
                }
                out.write("{\"id\":\"a" + i + "\",\"title\":\"T " + i + "\",\"text\":\"" + text + "\"}\n");
            }
        }
        try (Database database = Database.open(base.toString())) {
            new ImportService(database.store()).importPaths(List.of(input), Progress.NONE);
            Annotator anna = database.store().annotators().getOrCreate("anna");
            LabelingService labeling = new LabelingService(database.store(), anna);
            for (long id = 1; id <= 5000; id += 5) {
                Article article = labeling.open(id).article();
                for (int k = 0; k < 4; k++) {
                    try {
                        labeling.createSpan(article, k * 50, k * 50 + 20, "CLAIM", true);
                    } catch (RuntimeException sameSpan) {
                        // two selections snapped to the same words: one span
                    }
                }
            }
        }
    }
}
