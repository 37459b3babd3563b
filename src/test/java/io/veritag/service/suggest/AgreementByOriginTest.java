package io.veritag.service.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.agreement.AgreementInput;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.SpanOrigins;
import io.veritag.store.Database;
import io.veritag.suggest.Suggestion;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pre-annotation inflates agreement: anna and ben both accept the same suggestion and each label one other
 * thing by hand. The report can count all spans, the manual ones only, or the accepted ones only.
 */
class AgreementByOriginTest {
    private static final String TEXT = "The ministry denied it. The mayor spoke.";
    private Workspace workspace;
    private Article article;

    @BeforeEach
    void twoAnnotatorsAcceptTheSameSuggestion() {
        Database database = Database.inMemory();
        workspace = new Workspace(database);
        var store = database.store();
        article = store.articles().get(store.articles().insert(new NewArticle("a", "A", null, null, null, TEXT), "sha")).orElseThrow();
        Annotator anna = store.annotators().getOrCreate("anna");
        Annotator ben = store.annotators().getOrCreate("ben");
        int denied = TEXT.indexOf("denied it");
        Suggestion suggestion = new Suggestion(denied, denied + 9, "DENIAL", "cue-lists", 1);
        for (Annotator who : List.of(anna, ben)) {
            var labeling = workspace.labeling(who);
            labeling.acceptSuggestions(article.id(), List.of(suggestion));
            labeling.setStatus(article.id(), ArticleStatus.DONE);
        }
        workspace.labeling(anna).createSpan(article, TEXT.indexOf("mayor"), TEXT.indexOf("mayor") + 5, "CLAIM", true);
        workspace.labeling(ben).createSpan(article, TEXT.indexOf("spoke"), TEXT.indexOf("spoke") + 5, "CLAIM", true);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<List<String>> spans(SpanOrigins origins) {
        AgreementInput input = workspace.agreement().counting(origins).load(AgreementSelection.ALL, Progress.NONE);
        return input.articles().get(0).spansByAnnotator().stream()
                .map(list -> list.stream().map(e -> TEXT.substring(e.start(), e.end())).toList())
                .toList();
    }

    @Test
    void theReportCountsAllManualOrAcceptedSpans() {
        assertThat(spans(SpanOrigins.ALL)).containsExactly(List.of("denied it", "mayor"), List.of("denied it", "spoke"));
        assertThat(spans(SpanOrigins.MANUAL)).containsExactly(List.of("mayor"), List.of("spoke"));
        assertThat(spans(SpanOrigins.ACCEPTED)).containsExactly(List.of("denied it"), List.of("denied it"));

        var manual = workspace.agreement().counting(SpanOrigins.MANUAL).report(AgreementSelection.ALL, Progress.NONE);
        var all = workspace.agreement().report(AgreementSelection.ALL, Progress.NONE);
        assertThat(manual).isNotEqualTo(all);
    }
}
