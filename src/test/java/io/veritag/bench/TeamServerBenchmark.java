package io.veritag.bench;

import io.veritag.model.Article;
import io.veritag.model.NewArticle;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.ServerLocation;
import io.veritag.testing.PostgresServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10 §5: 50 annotators labeling at once on a real PostgreSQL 17 server on loopback, in team mode
 * (row-level security on, each annotator its own login and connection pool, the server with fsync on). One
 * operation is what the window does for a new span: {@code LabelingService.createSpan}, committed before it
 * returns. {@code pauseMillis} 2000 is human pace (one edit every 2 s each, the pause outside the measured
 * time); 0 is full speed. JMH's sample-time mode gives the percentiles; throughput is samples / time.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=TeamServerBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(50)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 2, time = 20)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dveritag.test.pg.durable=true"})
public class TeamServerBenchmark {
    private static final int ARTICLES = 200;
    private static final String PASSWORD = "bench-password";

    @Param({"2000", "0"})
    public int pauseMillis;

    ServerLocation team;
    List<Long> articleIds = new ArrayList<>();
    final AtomicInteger logins = new AtomicInteger();

    @Setup(Level.Trial)
    public void startServer() {
        PostgresServer server = PostgresServer.get();
        String db = server.freshDatabaseName();
        team = server.location(db);
        try (Database admin = Database.openServer(team, null, null)) {
            admin.team().init();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                text.append("Officials said the bridge fell on Tuesday and others denied it. ");
            }
            for (int i = 0; i < ARTICLES; i++) {
                articleIds.add(admin.store().articles().insert(new NewArticle("a" + i, "Article " + i, null, null, null,
                        i + " " + text), "sha-" + db + "-" + i));
            }
            for (int i = 0; i < 50; i++) {
                admin.team().addLogin(login(db, i), io.veritag.store.TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            }
        }
    }

    static String login(String db, int i) {
        return "bench_" + db + "_" + i;
    }

    /** One annotator: its own login, workspace and labeling session, walking through the articles. */
    @State(Scope.Thread)
    public static class Annotator {
        Workspace workspace;
        LabelingService labeling;
        List<Article> articles = new ArrayList<>();
        int next;
        int pauseMillis;

        @Setup(Level.Trial)
        public void login(TeamServerBenchmark bench) {
            String name = TeamServerBenchmark.login(bench.team.database(), bench.logins.getAndIncrement());
            workspace = new Workspace(Database.openServer(bench.team.as(name), PASSWORD.toCharArray(), null));
            labeling = workspace.labeling(workspace.catalog().annotator(name));
            for (long id : bench.articleIds) {
                articles.add(labeling.open(id).article());
            }
            next = ThreadLocalRandom.current().nextInt(articles.size() * 100);
            pauseMillis = bench.pauseMillis;
        }

        /** Human pace: the pause is not measured (JMH excludes invocation-level set-up from the sample). */
        @Setup(Level.Invocation)
        public void think() throws InterruptedException {
            if (pauseMillis > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(pauseMillis / 2, pauseMillis * 3 / 2));
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            workspace.close();
        }
    }

    @Benchmark
    public Object createSpan(Annotator annotator) {
        int n = annotator.next++;
        Article article = annotator.articles.get(n % annotator.articles.size());
        // a different word each time: offsets step through the text, never the same span twice
        int slot = (n / annotator.articles.size()) % (article.text().length() / 8 - 1);
        return annotator.labeling.createSpan(article, slot * 8, slot * 8 + 6, "CLAIM", false);
    }
}
