package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.LinkType;
import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.store.Database;
import io.veritag.ui.LinkBenchAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
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
 * Links on the 1 MB article with 5,000 spans and 2,000 links (DENIES and HEDGES), in the H2 file database.
 * {@code createLink}: L on a selected DENIAL and Enter, from the key's handler to the committed row shown
 * (link mode finds the nearest CLAIM among some 1,700), undone after each call. Target p99 ≤ 20 ms.
 * {@code openAndPaint}: read the article, its spans and links, show them and paint the first screen with the
 * links drawn. Target ≤ 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class LinkBenchmark {
    static final int LINKS = 2_000;
    private Path dir;
    private Database database;
    private LabelingService service;
    private BenchArticle article;
    private LinkBenchAccess window;
    private List<Span> freeDenials;
    private int next;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-bench");
        database = Database.open(dir.resolve("bench").toString());
        Annotator anna = database.store().annotators().getOrCreate("anna");
        article = BenchArticle.create(database.store(), anna);
        List<Span> spans = database.store().spans().forArticle(article.articleId, anna.id());
        List<Span> claims = spans.stream().filter(s -> s.label().equals("CLAIM")).toList();
        List<Span> denials = spans.stream().filter(s -> s.label().equals("DENIAL")).toList();
        List<Span> speculations = spans.stream().filter(s -> s.label().equals("SPECULATION")).toList();
        database.store().inTransaction(tx -> {
            for (int k = 0; k < LINKS; k++) {
                int j = k / 2;
                if (k % 2 == 0) {
                    tx.links().insert(denials.get(j).id(), claims.get(j).id(), LinkType.DENIES);
                } else {
                    tx.links().insert(speculations.get(j).id(), claims.get(j).id(), LinkType.HEDGES);
                }
            }
        });
        freeDenials = denials.subList(LINKS / 2, denials.size());
        service = new LabelingService(database.store(), anna);
        LinkBenchAccess[] holder = new LinkBenchAccess[1];
        SwingUtilities.invokeAndWait(() -> holder[0] = new LinkBenchAccess(service, 900, 640));
        window = holder[0];
        OpenedArticle opened = service.open(article.articleId);
        SwingUtilities.invokeAndWait(() -> window.show(opened));
    }

    @TearDown
    public void tearDown() throws Exception {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public boolean createLink() throws Exception {
        Span denial = freeDenials.get(next++ % freeDenials.size());
        if (!window.linkFrom(denial.id())) {
            throw new IllegalStateException("no link from span " + denial.id());
        }
        return true;
    }

    @TearDown(Level.Invocation)
    public void undoCreated() throws Exception {
        window.undo();
    }

    /** Database read (spans and links) + text + spans + links + layout + first paint. */
    @Benchmark
    public int openAndPaint() throws Exception {
        int[] result = new int[1];
        OpenedArticle opened = service.open(article.articleId);
        SwingUtilities.invokeAndWait(() -> result[0] = window.show(opened));
        return result[0];
    }
}
