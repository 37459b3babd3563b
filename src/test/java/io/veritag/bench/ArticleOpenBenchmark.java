package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.store.Database;
import io.veritag.ui.BenchAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a 1 MB article with 5,000 spans in the workbench: read from the file database, put the text and
 * spans into the article view, lay it out and paint the first screen (headless, into an image). Target:
 * at most 300 ms. {@code paintScrolled} is one repaint while scrolling through the spans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class ArticleOpenBenchmark {
    private Path dir;
    private Database database;
    private LabelingService service;
    private BenchArticle article;
    private BenchAccess view;
    private int scrollY;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-bench");
        database = Database.open(dir.resolve("bench").toString());
        Annotator anna = database.store().annotators().getOrCreate("anna");
        article = BenchArticle.create(database.store(), anna);
        service = new LabelingService(database.store(), anna);
        BenchAccess[] holder = new BenchAccess[1];
        SwingUtilities.invokeAndWait(() -> holder[0] = new BenchAccess(900, 640));
        view = holder[0];
        SwingUtilities.invokeAndWait(() -> view.show(service.open(article.articleId)));
    }

    @TearDown
    public void tearDown() throws Exception {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Database read + text + spans + layout + first paint. */
    @Benchmark
    public int openAndPaint() throws Exception {
        int[] result = new int[1];
        OpenedArticle opened = service.open(article.articleId); // off the EDT, as the window's SwingWorker does
        SwingUtilities.invokeAndWait(() -> result[0] = view.show(opened));
        return result[0];
    }

    /** One repaint of the viewport at another scroll position (smooth scrolling needs this to be small). */
    @Benchmark
    public int paintScrolled() throws Exception {
        int[] result = new int[1];
        scrollY = (scrollY + 7_919) % 2_000_000;
        SwingUtilities.invokeAndWait(() -> result[0] = view.paintAt(scrollY));
        return result[0];
    }
}
