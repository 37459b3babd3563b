package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.service.LabelingService;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import io.veritag.service.adjudication.ArticleProgress;
import io.veritag.testing.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 end to end on a real PostgreSQL server, from the command line as an administrator would run it:
 * team init, logins (a made-up password, one from standard input), the logins finding their passwords in
 * ~/.pgpass; then two annotators label the same article at the same time and a curator adjudicates.
 */
@Tag("postgresql")
class TeamCommandTest {
    @TempDir
    Path home;
    private final PostgresServer server = PostgresServer.get();
    private String db;
    private String savedHome;

    @BeforeEach
    void useATemporaryHome() {
        db = server.freshDatabaseName();
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", savedHome);
    }

    private String url(String login) {
        return "postgresql://" + login + "@localhost:" + server.port() + "/" + db + "?sslmode=disable";
    }

    private int withStdin(String input, CommandRun run, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anAdministratorSetsUpATeamThatLabelsAtOnceAndACuratorAdjudicates() throws Exception {
        String anna = "anna_" + db;
        String boris = "boris_" + db;
        String carla = "carla_" + db;
        CommandRun admin = new CommandRun(url(PostgresServer.SUPERUSER));
        assertThat(admin.run("team", "init")).as(admin.err()).isZero();
        assertThat(admin.out()).contains("Team mode is set up on postgresql://postgres@localhost");
        assertThat(admin.run("import", "--samples")).as(admin.err()).isZero();

        assertThat(admin.run("team", "add-annotator", anna)).as(admin.err()).isZero();
        Matcher generated = Pattern.compile("Password \\(shown once, stored nowhere; give it to them\\): ([A-Za-z0-9]{20})")
                .matcher(admin.out());
        assertThat(generated.find()).as(admin.out()).isTrue();
        assertThat(withStdin("boris-secret\n", admin, "team", "add-annotator", boris, "--password-stdin")).as(admin.err()).isZero();
        assertThat(admin.out()).contains("Added annotator " + boris + " with the password given.");
        assertThat(withStdin("carla-secret\n", admin, "team", "add-curator", carla, "--password-stdin")).isZero();
        assertThat(admin.run("team", "add-annotator", anna)).isZero();
        assertThat(admin.out()).contains("existing login " + anna + " is now annotator; its password is unchanged");

        // each person's password in their ~/.pgpass, as PostgreSQL's own tools read it
        Files.writeString(home.resolve(".pgpass"), String.join("\n",
                "localhost:" + server.port() + ":" + db + ":" + anna + ":" + generated.group(1),
                "localhost:*:" + db + ":" + boris + ":boris-secret",
                "*:*:*:" + carla + ":carla-secret", ""));

        CommandRun annaCli = new CommandRun(url(anna));
        assertThat(annaCli.run("articles")).as(annaCli.err()).isZero();
        assertThat(annaCli.out()).contains("Kherson");
        Path newArticle = Files.writeString(home.resolve("new-article.txt"), "A new article nobody may import but a curator.\n");
        assertThat(annaCli.run("import", newArticle.toString())).isNotZero();
        assertThat(annaCli.out() + annaCli.err()).contains("Not allowed for this login");
        assertThat(annaCli.err()).doesNotContain("\tat ");
        CommandRun nobody = new CommandRun(url("mallory_" + db));
        assertThat(nobody.run("articles")).isEqualTo(1);
        assertThat(nobody.err()).contains("the server wants a password and none was found").hasLineCount(1);

        try (Workspace annaSide = Workspace.open(url(anna)); Workspace borisSide = Workspace.open(url(boris))) {
            assertThat(annaSide.serverLogin()).contains(anna);
            LabelingService annaLabels = annaSide.labeling(annaSide.catalog().annotator(anna));
            LabelingService borisLabels = borisSide.labeling(borisSide.catalog().annotator(boris));
            Article article = annaLabels.open(annaLabels.overview().get(0).id()).article();
            int words = 12;
            List<int[]> spans = new ArrayList<>();
            Matcher word = Pattern.compile("\\p{L}{4,}").matcher(article.text());
            while (spans.size() < words && word.find()) {
                spans.add(new int[] {word.start(), word.end()});
            }
            // both label the same article at the same moment, span after span
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<?> annaDone = pool.submit(() -> {
                for (int[] s : spans) {
                    together.await();
                    annaLabels.createSpan(article, s[0], s[1], "CLAIM", false);
                }
                annaLabels.setStatus(article.id(), ArticleStatus.DONE);
                return null;
            });
            Future<?> borisDone = pool.submit(() -> {
                for (int i = 0; i < spans.size(); i++) {
                    together.await();
                    borisLabels.createSpan(article, spans.get(i)[0], spans.get(i)[1], i % 2 == 0 ? "CLAIM" : "DENIAL", false);
                }
                borisLabels.setStatus(article.id(), ArticleStatus.DONE);
                return null;
            });
            annaDone.get();
            borisDone.get();
            pool.shutdown();
            assertThat(annaLabels.spans(article.id())).hasSize(words).extracting(Span::label).containsOnly("CLAIM");
            assertThat(borisLabels.spans(article.id())).hasSize(words);
            // both marked it done, so each may now compare with the other
            assertThat(annaLabels.othersSpans(article.id())).hasSize(words);

            try (Workspace carlaSide = Workspace.open(url(carla))) {
                List<Annotator> both = carlaSide.adjudication().annotators(List.of(anna, boris));
                List<ArticleProgress> settled = carlaSide.adjudication().autoPreAccept(both, carla, Progress.NONE);
                assertThat(settled).isNotEmpty();
                assertThat(carlaSide.adjudication().articleGold(article.externalId()).gold())
                        .as("the spans both agree on (every second one) pre-accepted into gold")
                        .hasSize(words / 2);
            }
            // an annotator cannot write gold even through the program
            assertThat(new CommandRun(url(boris)).run("adjudicate", "--auto", "--annotators", anna + "," + boris,
                    "--curator", boris)).isEqualTo(1);
        }
    }

    @Test
    void teamModeNeedsAServer() {
        CommandRun h2 = new CommandRun(home.resolve("solo").toString());
        assertThat(h2.run("team", "init")).isEqualTo(1);
        assertThat(h2.err()).startsWith("veritag: Team mode needs a PostgreSQL server").hasLineCount(1);
    }
}
