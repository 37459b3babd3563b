package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.Article;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.store.Database;
import io.veritag.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §3: the real PostgreSQL server stops in the middle of a labeling session and starts again. The edit
 * made while it is down fails with one line and is not counted as saved (nothing to undo); the workspace says
 * it is offline and its watch reports it, and what was read stays readable; once the server is back the watch
 * reports it (and asks for others' progress to be read again), the same workspace works again by itself, and
 * every acknowledged span is there.
 */
@Tag("postgresql")
class ServerRestartTest {
    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(30); // a limit, not a speed target
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it.";

    @Test
    void anEditDuringAnOutageIsNotSavedAndTheSessionGoesOnAfterTheRestart() throws Exception {
        PostgresServer server = PostgresServer.get();
        try (Database database = Database.openServer(server.location(server.freshDatabaseName()), null, null);
             Workspace workspace = new Workspace(database)) {
            long id = database.store().articles().insert(new NewArticle("a1", "Bridge", null, null, null, TEXT), "sha-a1");
            LabelingService labeling = workspace.labeling(workspace.catalog().annotator("anna"));
            Article article = labeling.open(id).article();
            labeling.createSpan(article, 0, 9, "CLAIM", false);
            assertThat(workspace.online()).isTrue();
            ServerEventLog heard = new ServerEventLog();
            Runnable stopWatching = workspace.watchServer(heard);
            assertThat(heard.await("online", WAIT)).isTrue();
            var undoBefore = labeling.undoDescription();
            assertThat(undoBefore).isPresent();

            server.stop();
            try {
                assertThat(workspace.online()).isFalse();
                assertThat(heard.await("offline", WAIT)).as("the watch notices the outage").isTrue();
                assertThat(article.text()).as("what was read stays readable").isEqualTo(TEXT);
                assertThatThrownBy(() -> labeling.createSpan(article, 19, 30, "CLAIM", false))
                        .hasMessageContaining("cannot be reached; nothing was saved")
                        .satisfies(e -> assertThat(e.getMessage()).hasLineCount(1));
                assertThat(labeling.undoDescription()).as("the failed edit is not in the undo history").isEqualTo(undoBefore);
            } finally {
                server.restart();
            }

            assertThat(heard.await("online", WAIT)).as("the watch connects again by itself").isTrue();
            assertThat(heard.await("progress", WAIT)).as("and asks for what it missed to be read again").isTrue();
            stopWatching.run();
            assertThat(workspace.online()).isTrue();
            labeling.createSpan(article, 19, 30, "DENIAL", false);
            assertThat(labeling.spans(id)).extracting(Span::start, Span::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "CLAIM"), org.assertj.core.groups.Tuple.tuple(19, "DENIAL"));
        }
    }
}
