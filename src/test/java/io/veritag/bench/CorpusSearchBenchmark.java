package io.veritag.bench;

import io.veritag.model.NewArticle;
import io.veritag.model.SearchResult;
import io.veritag.service.Workspace;
import io.veritag.service.search.CorpusSearch;
import io.veritag.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Find in all articles on 10,000 articles of about 6,000 characters (60 million characters, in a file database
 * and its index in the data folder): one query as the dialog sends it, including the staleness check against
 * the database, the exact article count, the first 500 matches in reading order and their context.
 * Target: at most 200 ms per query. The set-up prints how long the first index build took.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CorpusSearchBenchmark {
    static final int ARTICLES = 10_000;
    static final int CHARS = 6_000;

    /** A word in every article, a word in most, a phrase, a prefix, a word in 1 % of the articles, a word in none. */
    @Param({"the", "kherson", "officials said", "withdr*", "antonivskyi", "zaporizhzhia"})
    public String query;

    private Path dir;
    private Workspace workspace;
    private CorpusSearch search;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-search-bench");
        System.setProperty("veritag.home", dir.resolve("home").toString());
        Database database = Database.open(dir.resolve("bench").toString());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int from = 0; from < ARTICLES; from += 500) {
            int start = from;
            database.store().inTransaction(store -> {
                for (int i = start; i < start + 500; i++) {
                    String text = SyntheticCorpus.article(i, CHARS) + (i % 100 == 0 ? " The Antonivskyi bridge." : "");
                    String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                    store.articles().insert(new NewArticle("a" + i, "Article " + i, null, null, null, text), hash);
                }
            });
        }
        workspace = new Workspace(database);
        search = workspace.search();
        long t0 = System.nanoTime();
        int indexed = search.refresh();
        System.out.printf("%n[index build: %d articles in %.1f s]%n", indexed, (System.nanoTime() - t0) / 1e9);
    }

    @TearDown
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int search() {
        SearchResult result = search.search(query);
        return result.articles() + result.lines().size();
    }
}
