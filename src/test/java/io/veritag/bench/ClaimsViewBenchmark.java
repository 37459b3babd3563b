package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.service.claims.ClaimsOverview;
import io.veritag.service.claims.ClusterSummary;
import io.veritag.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * What the claims view reads when it opens (Review → Claims…): every cluster of a layer with its members, attached
 * denials, outlets, dates and sources, for 10,000 clusters (20,000 articles; each cluster two claims in two
 * articles, every fourth with a denial attached) in a file database. Target: the view opens in at most 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ClaimsViewBenchmark {
    static final int CLUSTERS = 10_000;

    private Path dir;
    private Workspace workspace;
    private Annotator anna;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-claims-view-bench");
        System.setProperty("veritag.home", dir.resolve("home").toString());
        Database database = Database.open(dir.resolve("bench").toString());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        anna = database.store().annotators().getOrCreate("anna");
        for (int from = 0; from < CLUSTERS; from += 250) {
            int start = from;
            database.store().inTransaction(store -> {
                for (int c = start; c < start + 250; c++) {
                    long cluster = store.clusters().create(anna.id(), "cluster " + c).id();
                    for (int k = 0; k < 2; k++) {
                        int i = 2 * c + k;
                        String text = NewsLikeCorpus.article(i, 700);
                        String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                        long article = store.articles().insert(new NewArticle("a" + i, "Article " + i, "Outlet " + (i % 40), null,
                                "2022-11-" + (10 + i % 20), text), hash);
                        Span claim = store.spans().insert(article, anna.id(), 0, 60, Label.CLAIM, null);
                        store.clusters().add(claim, cluster, ClusterRole.MEMBER);
                        if (k == 1 && c % 4 == 0) {
                            Span denial = store.spans().insert(article, anna.id(), 100, 160, Label.DENIAL, null);
                            store.clusters().add(denial, cluster, ClusterRole.ATTACHED);
                        }
                    }
                }
            });
        }
        workspace = new Workspace(database);
    }

    @Benchmark
    public List<ClusterSummary> openTheClaimsView() {
        ClaimsOverview overview = workspace.claimsOverview();
        return overview.summaries(anna);
    }

    @TearDown
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
