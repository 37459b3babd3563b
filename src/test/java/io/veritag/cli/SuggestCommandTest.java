package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.LabelingService;
import io.veritag.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veritag suggest --evaluate} on four done articles of anna's, each with one DENIAL on "refuted":
 * same text, trained on the other folds, finds every one of them exactly (P = R = F1 = 1); the shipped cue
 * list "refuted" suggests its clause "refuted the report" while anna labeled only the word: exact 0, overlap 1.
 */
class SuggestCommandTest {
    @TempDir
    Path dir;

    private CommandRun cli;

    @BeforeEach
    void labelFourArticles() {
        String db = dir.resolve("veritag").toString();
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            Annotator anna = database.store().annotators().getOrCreate("anna");
            LabelingService labeling = new LabelingService(database.store(), anna);
            for (int i = 0; i < 4; i++) {
                String text = "On day " + i + " the minister refuted the report.";
                long id = database.store().articles().insert(new NewArticle("a" + i, "A" + i, null, null, null, text), "sha" + i);
                var article = database.store().articles().get(id).orElseThrow();
                int start = text.indexOf("refuted");
                labeling.createSpan(article, start, start + 7, "DENIAL", true);
                labeling.setStatus(id, ArticleStatus.DONE);
            }
        }
    }

    @Test
    void printsPrecisionRecallAndF1PerRecommenderAndLabel() {
        int code = cli.run("suggest", "--evaluate", "--layer", "anna", "--folds", "4");

        assertThat(cli.err()).isEmpty();
        assertThat(code).isZero();
        assertThat(cli.out()).contains("Layer anna: 4 done articles, 4 spans, 4-fold cross-validation by article");
        assertThat(cli.out()).containsPattern("Same text\\s+DENIAL\\s+4\\s+4\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(cli.out()).containsPattern("Cue lists\\s+DENIAL\\s+4\\s+4\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(cli.out()).containsPattern("Trained model\\s+DENIAL");
    }

    @Test
    void tooFewArticlesOrAnUnknownLayerIsOneClearLine() {
        assertThat(cli.run("suggest", "--evaluate", "--layer", "anna", "--folds", "5")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: Layer anna has 4 done articles; 5 folds need at least 5" + System.lineSeparator());

        assertThat(cli.run("suggest", "--evaluate", "--layer", "nobody")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: No annotator named nobody");

        assertThat(cli.run("suggest", "--evaluate", "--layer", "gold", "--folds", "2")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: Layer gold has 0 done articles");
    }

    @Test
    void theAgreementReportSaysWhichSpansItCounted() {
        assertThat(cli.run("agreement", "--spans", "manual")).isZero();
        assertThat(cli.out()).startsWith("Spans compared: spans made by hand only (accepted suggestions left out)");

        assertThat(cli.run("agreement", "--spans", "sideways")).isEqualTo(2);
        assertThat(cli.err()).contains("--spans");
    }
}
