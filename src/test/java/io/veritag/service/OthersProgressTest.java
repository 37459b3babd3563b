package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.store.Database;
import io.veritag.testing.PostgresServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §3: others' progress reaches an open window within moments, through the server's notifications
 * (LISTEN/NOTIFY), with two sessions on a real PostgreSQL server: what one annotator marks done (or takes
 * back), the other's watch hears of with the article's id, and the counts read then show it; an announcement
 * that names no article (anyone on the team may send one) asks for everything to be read again.
 */
@Tag("postgresql")
class OthersProgressTest {
    private static final Duration WAIT = Duration.ofSeconds(20); // a limit for a loaded machine, not a speed target

    @Test
    void markingAnArticleDoneReachesTheOtherSessionAndItsCounts() throws Exception {
        PostgresServer server = PostgresServer.get();
        String name = server.freshDatabaseName();
        try (Database first = Database.openServer(server.location(name), null, null);
             Workspace annas = new Workspace(first);
             Workspace boris = new Workspace(Database.openServer(server.location(name), null, null))) {
            long a1 = first.store().articles().insert(new NewArticle("a1", "One", null, null, null, "First text."), "sha-a1");
            long a2 = first.store().articles().insert(new NewArticle("a2", "Two", null, null, null, "Second text."), "sha-a2");
            LabelingService anna = annas.labeling(annas.catalog().annotator("anna"));
            LabelingService bob = boris.labeling(boris.catalog().annotator("boris"));
            ServerEventLog heard = new ServerEventLog();
            Runnable stop = annas.watchServer(heard);
            try {
                assertThat(heard.await("online", WAIT)).isTrue();
                assertThat(anna.othersDone()).isEmpty();

                bob.setStatus(a2, ArticleStatus.DONE);

                assertThat(heard.awaitProgressOn(a2, WAIT)).as("anna's session hears of boris's commit").isTrue();
                assertThat(anna.othersDone()).isEqualTo(Map.of(a2, 1));
                assertThat(anna.othersDone(java.util.List.of(a1, a2))).isEqualTo(Map.of(a1, 0, a2, 1));
                anna.setStatus(a2, ArticleStatus.DONE);
                assertThat(anna.othersDone()).as("her own done is not another's").isEqualTo(Map.of(a2, 1));
                assertThat(bob.othersDone()).isEqualTo(Map.of(a2, 1));

                heard.clear();
                bob.setStatus(a2, ArticleStatus.IN_PROGRESS);
                assertThat(heard.awaitProgressOn(a2, WAIT)).isTrue();
                assertThat(anna.othersDone()).isEmpty();
                bob.setStatus(a1, ArticleStatus.IN_PROGRESS);
                assertThat(heard.awaitProgressOn(a1, WAIT)).isTrue();
                assertThat(anna.othersDone()).as("in progress is not done").isEmpty();

                heard.clear();
                server.execute(name, "SELECT pg_notify('veritag_progress', 'not an article; DROP TABLE span')");
                assertThat(heard.await("progress", WAIT)).as("an announcement naming no article: read everything").isTrue();
            } finally {
                stop.run();
            }
        }
    }
}
