package io.veritag.bench;

import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.Workspace;
import io.veritag.service.claims.ClaimCandidate;
import io.veritag.service.claims.ClaimCandidates;
import io.veritag.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
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
 * Candidates for a claim among 100,000 labeled claims (20,000 articles of about 700 characters, 5 claims each, one
 * annotator; a fifth of the claims in 10,000 clusters), in a file database with its index in the data folder: one
 * call as the workbench makes it when a claim is selected, including the staleness check against the database,
 * the Lucene search, one per cluster, and the articles and clusters of the top 5. Target: p99 at most 50 ms.
 * The set-up prints how long building the index from nothing took (target: at most 10 s). Two corpora: text
 * with a news-like vocabulary, and the narrow one of the other benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ClaimCandidatesBenchmark {
    static final int ARTICLES = 20_000;
    static final int CLAIMS_PER_ARTICLE = 5;

    /** news: {@link NewsLikeCorpus} (Zipf vocabulary); narrow: {@link SyntheticCorpus} (about sixty words, the worst case). */
    @Param({"news", "narrow"})
    public String corpus;

    private Path dir;
    private Workspace workspace;
    private ClaimCandidates candidates;
    private long[] claimIds;
    private final SplittableRandom random = new SplittableRandom(12);

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("veritag-claims-bench");
        System.setProperty("veritag.home", dir.resolve("home").toString());
        Database database = Database.open(dir.resolve("bench").toString());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long anna = database.store().annotators().getOrCreate("anna").id();
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < ARTICLES; from += 250) {
            int start = from;
            database.store().inTransaction(store -> {
                for (int i = start; i < start + 250; i++) {
                    String text = corpus.equals("news") ? NewsLikeCorpus.article(i, 700) : SyntheticCorpus.article(i, 700);
                    String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                    long article = store.articles().insert(new NewArticle("a" + i, "Article " + i, "Outlet " + (i % 40), null,
                            "2022-11-" + (10 + i % 20), text), hash);
                    int step = text.length() / CLAIMS_PER_ARTICLE;
                    long cluster = i % 2 == 0 ? store.clusters().create(anna, "cluster " + i).id() : -1;
                    for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                        int s = c * step;
                        while (s < text.length() && !Character.isLetter(text.charAt(s))) {
                            s++;
                        }
                        int e = Math.min(text.length(), s + 60);
                        while (e > s + 1 && !Character.isLetter(text.charAt(e - 1))) {
                            e--;
                        }
                        Span span = store.spans().insert(article, anna, s, e, Label.CLAIM, null);
                        ids.add(span.id());
                        if (cluster > 0 && c < 2) {
                            store.clusters().add(span, cluster, ClusterRole.MEMBER);
                        }
                    }
                }
            });
        }
        claimIds = ids.stream().mapToLong(Long::longValue).toArray();
        workspace = new Workspace(database);
        candidates = workspace.claimCandidates();
        long t0 = System.nanoTime();
        int indexed = candidates.refresh();
        System.out.printf("%n[index build: %d claims in %.1f s]%n", indexed, (System.nanoTime() - t0) / 1e9);
    }

    @Benchmark
    public List<ClaimCandidate> candidatesOfAClaim() {
        return candidates.forSpan(claimIds[random.nextInt(claimIds.length)]);
    }

    @TearDown
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
