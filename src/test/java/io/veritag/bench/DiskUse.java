package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.Span;
import io.veritag.service.ImportService;
import io.veritag.service.ImportSummary;
import io.veritag.service.LabelingService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Disk use of the database file: after 10,000 labeling edits (each its own commit) and after a clean close;
 * and while importing many small .txt files (each file its own transaction), the largest size the file
 * reached against the text imported. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=io.veritag.bench.DiskUse -Dexec.classpathScope=test}
 * (optional arguments: edits, txt files, lines of one big .jsonl file), then one big .jsonl file (one transaction).
 */
public final class DiskUse {
    private DiskUse() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("veritag-disk-use");
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        edits(dir.resolve("edits"), edits);
        textImport(dir.resolve("txt"), files);
        jsonlImport(dir.resolve("jsonl"), lines);
    }

    /** One big JSONL file (one transaction): the largest size the file reached, against the text imported. */
    private static void jsonlImport(Path base, int lines) throws IOException {
        Path file = Path.of(base + ".mv.db");
        Path input = base.resolveSibling("big.jsonl");
        Random random = new Random(3);
        long textBytes = 0;
        try (var out = Files.newBufferedWriter(input)) {
            for (int i = 0; i < lines; i++) {
                StringBuilder text = new StringBuilder("Article " + i + " ");
                while (text.length() < 1500) {
                    text.append("word").append(random.nextInt(100_000)).append(' ');
                }
                out.write("{\"id\":\"j" + i + "\",\"text\":\"" + text + "\"}\n");
                textBytes += text.length();
            }
        }
        AtomicLong max = new AtomicLong();
        try (Database database = Database.open(base.toString())) {
            ImportSummary summary = new ImportService(database.store()).importPaths(List.of(input), sizeWatch(file, max));
            System.out.printf("one .jsonl of %,d lines (%,d KB of text): imported %d; largest file during the import %,d KB,"
                    + " at the end %,d KB%n", lines, textBytes / 1024, summary.imported(), max.get() / 1024, Files.size(file) / 1024);
        }
        System.out.printf("after a clean close: %,d KB%n", Files.size(file) / 1024);
    }

    /** Progress that notes the database file's size as the import goes. */
    private static Progress sizeWatch(Path file, AtomicLong max) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                note();
            }

            @Override
            public boolean isCancelled() {
                note(); // asked once per article: also inside one big file
                return false;
            }

            private void note() {
                try {
                    max.accumulateAndGet(Files.size(file), Math::max);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static void edits(Path base, int edits) throws IOException {
        Path file = Path.of(base + ".mv.db");
        Random random = new Random(1);
        try (Database database = Database.open(base.toString())) {
            new ImportService(database.store()).importSamples(Progress.NONE);
            Annotator anna = database.store().annotators().getOrCreate("anna");
            LabelingService labeling = new LabelingService(database.store(), anna);
            List<Long> ids = labeling.overview().stream().map(r -> r.id()).toList();
            long max = 0;
            for (int i = 0; i < edits; i++) {
                Article article = labeling.open(ids.get(random.nextInt(ids.size()))).article();
                List<Span> spans = labeling.spans(article.id());
                try {
                    if (spans.size() < 20 || random.nextBoolean()) {
                        int start = random.nextInt(article.length() - 40);
                        labeling.createSpan(article, start, start + 5 + random.nextInt(30), "CLAIM", true);
                    } else if (random.nextBoolean()) {
                        labeling.relabel(spans.get(random.nextInt(spans.size())).id(), random.nextBoolean() ? "DENIAL" : "CLAIM");
                    } else {
                        labeling.delete(spans.get(random.nextInt(spans.size())).id());
                    }
                } catch (RuntimeException duplicate) {
                    // the same span twice: refused, not an edit
                }
                max = Math.max(max, Files.size(file));
            }
            System.out.printf("%,d edits: file %,d KB while open (largest %,d KB), %,d spans%n", edits, Files.size(file) / 1024,
                    max / 1024, database.store().spans().count());
        }
        System.out.printf("after a clean close: %,d KB%n", Files.size(file) / 1024);
    }

    private static void textImport(Path base, int count) throws IOException {
        Path folder = Files.createDirectories(base.resolveSibling("texts"));
        Random random = new Random(2);
        long textBytes = 0;
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Article " + i + "\n\n");
            while (text.length() < 1500) {
                text.append("word").append(random.nextInt(100_000)).append(' ');
            }
            Files.writeString(folder.resolve(String.format("a%06d.txt", i)), text);
            textBytes += text.length();
        }
        Path file = Path.of(base + ".mv.db");
        AtomicLong max = new AtomicLong();
        try (Database database = Database.open(base.toString())) {
            ImportSummary summary = new ImportService(database.store()).importPaths(List.of(folder), new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    try {
                        max.accumulateAndGet(Files.size(file), Math::max);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.printf("%,d .txt files (%,d KB of text): imported %d; largest file during the import %,d KB, at the end %,d KB%n",
                    count, textBytes / 1024, summary.imported(), max.get() / 1024, Files.size(file) / 1024);
        }
        System.out.printf("after a clean close: %,d KB%n", Files.size(file) / 1024);
    }
}
