package io.veritag.service.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.ServerLocation;
import io.veritag.store.TeamAdmin;
import io.veritag.suggest.Suggestion;
import io.veritag.testing.PostgresServer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An annotator on a team server may not read gold (it is made from everyone's spans): suggestions for them
 * learn from their own done articles only, instead of failing with "permission denied" on every article.
 */
@Tag("postgresql")
class TeamSuggestionsTest {
    private static final String PASSWORD = "suggest-pw-77";

    @Test
    void anAnnotatorLoginGetsSuggestionsFromTheirOwnWorkWithoutGold() {
        PostgresServer server = PostgresServer.get();
        String db = server.freshDatabaseName();
        String anna = "anna_" + db;
        long first;
        long second;
        try (Database admin = Database.openServer(server.location(db), null, null)) {
            admin.team().init();
            admin.team().addLogin(anna, TeamAdmin.Role.ANNOTATOR, PASSWORD.toCharArray());
            first = admin.store().articles().insert(new NewArticle("a1", "One", null, null, null,
                    "The minister said the bridge fell."), "sha-a1");
            second = admin.store().articles().insert(new NewArticle("a2", "Two", null, null, null,
                    "Later the minister said the bridge fell again."), "sha-a2");
        }
        try (Workspace workspace = new Workspace(Database.openServer(
                new ServerLocation("localhost", server.port(), db, anna, "disable"), PASSWORD.toCharArray(), null))) {
            LabelingService labeling = workspace.labeling(workspace.catalog().annotator(anna));
            Article one = labeling.open(first).article();
            String text = one.text();
            labeling.createSpan(one, text.indexOf("the bridge fell"), text.indexOf("the bridge fell") + "the bridge fell".length(), "CLAIM", false);
            labeling.setStatus(first, ArticleStatus.DONE);

            SuggestionService suggestions = workspace.suggestions(labeling.annotator());
            suggestions.refreshModel();
            List<Suggestion> found = suggestions.suggest(labeling.open(second).article());

            assertThat(found).extracting(s -> s.label()).contains("CLAIM");
        }
    }
}
