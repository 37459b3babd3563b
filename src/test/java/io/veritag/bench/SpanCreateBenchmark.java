package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.service.LabelingService;
import io.veritag.store.Database;
import io.veritag.ui.BenchAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Creating a span, from the label key's handler to the committed row shown: word snapping, the insert and its
 * commit in the H2 file database (WRITE_DELAY=0), the presentation model's update. On the 1 MB article that
 * already has 5,000 spans. Each created span is undone (deleted) after the measured call, so every call
 * sees the same article. Target: p99 at most 20 ms (SampleTime reports the percentiles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class SpanCreateBenchmark {
    private static final String[] LABELS = {"CLAIM", "DENIAL", "SPECULATION"};
    private Path dir;
    private Database database;
    private BenchArticle article;
    private BenchAccess window;
    private int next;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-bench");
        database = Database.open(dir.resolve("bench").toString());
        Annotator anna = database.store().annotators().getOrCreate("anna");
        article = BenchArticle.create(database.store(), anna);
        LabelingService service = new LabelingService(database.store(), anna);
        javax.swing.SwingUtilities.invokeAndWait(() -> window = new BenchAccess(900, 640));
        window.useModel(service, service.open(article.articleId));
    }

    @TearDown
    public void tearDown() throws Exception {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public boolean createSpan() throws Exception {
        // a selection from the middle of one word into the middle of a word three words on
        int w = 1 + (next++ * 37) % (article.wordStarts.length - 5);
        if (w % article.spanStep == 0) {
            w++; // never start where a stored span starts: the same text and label would be a duplicate
        }
        int start = article.wordStarts[w] + 1;
        int end = article.wordStarts[w + 3] + 1;
        boolean created = window.labelKey(LABELS[next % 3], start, end);
        if (!created) {
            throw new IllegalStateException("span was not created at " + start);
        }
        return created;
    }

    @TearDown(Level.Invocation)
    public void undoCreated() throws Exception {
        window.undo();
    }
}
