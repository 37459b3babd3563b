package io.veritag.service.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.model.suggest.Cue;
import io.veritag.model.suggest.RecommenderSetting;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.suggest.Recommenders;
import io.veritag.suggest.ShippedCues;
import io.veritag.suggest.Suggestion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionServiceTest {
    private static final String MINE = "Officials in Kherson rebuffed the claim. The governor blamed the weather.";
    private static final String OTHER = "The governor blamed the weather again. Officials in Kherson rebuffed it.";
    private Database database;
    private Workspace workspace;
    private Store store;
    private Article mine;
    private Article other;
    private Annotator anna;
    private Annotator ben;

    @BeforeEach
    void open() {
        database = Database.inMemory();
        workspace = new Workspace(database);
        store = database.store();
        mine = store.articles().get(store.articles().insert(new NewArticle("m", "Mine", null, null, null, MINE), "sha-m")).orElseThrow();
        other = store.articles().get(store.articles().insert(new NewArticle("o", "Other", null, null, null, OTHER), "sha-o")).orElseThrow();
        anna = store.annotators().getOrCreate("anna");
        ben = store.annotators().getOrCreate("ben");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static int at(String text, String words) {
        return text.indexOf(words);
    }

    private void label(Annotator who, Article article, String words, String label) {
        int start = at(article.text(), words);
        workspace.labeling(who).createSpan(article, start, start + words.length(), label, true);
    }

    private List<Suggestion> suggestionsFor(Annotator who, Article article) {
        return workspace.suggestions(who).suggest(article);
    }

    private List<String> texts(Article article, List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> article.text().substring(s.start(), s.end()) + "/" + s.label() + "/" + s.recommender()).toList();
    }

    @Test
    void aFreshProjectHasTheShippedCueListsAndEveryRecommenderOn() {
        SuggestionService suggestions = workspace.suggestions(anna);
        assertThat(suggestions.cues()).containsExactlyInAnyOrderElementsOf(ShippedCues.english());
        assertThat(suggestions.settings()).extracting(RecommenderSetting::recommender, RecommenderSetting::enabled)
                .containsExactly(tuple("same-text", true), tuple("cue-lists", true), tuple("model", true));
        assertThat(suggestions.settings().get(2).minF1Percent()).isEqualTo(50);
    }

    @Test
    void myOwnLabeledTextIsSuggestedInEveryArticleWithItsRecommender() {
        label(anna, other, "blamed the weather", "CLAIM");

        assertThat(texts(mine, suggestionsFor(anna, mine))).contains("blamed the weather/CLAIM/same-text");
    }

    @Test
    void blindMeansBlindAnotherAnnotatorsSpansNeverSuggestSomethingToMe() {
        // ben labels a text that also occurs in anna's article, in a way no cue list would
        label(ben, other, "blamed the weather", "CLAIM");
        label(ben, mine, "Kherson", "SPECULATION");
        workspace.labeling(ben).setStatus(other.id(), ArticleStatus.DONE);
        workspace.labeling(ben).setStatus(mine.id(), ArticleStatus.DONE);

        List<Suggestion> forAnna = suggestionsFor(anna, mine);

        assertThat(forAnna).noneMatch(s -> s.recommender().equals(Recommenders.SAME_TEXT));
        assertThat(texts(mine, forAnna)).noneMatch(t -> t.startsWith("blamed the weather") || t.startsWith("Kherson"));
        // ben himself does get his own text suggested
        assertThat(texts(other, suggestionsFor(ben, other))).doesNotContain("blamed the weather/CLAIM/same-text");
        assertThat(texts(mine, suggestionsFor(ben, mine))).contains("blamed the weather/CLAIM/same-text");
    }

    @Test
    void blindMeansBlindAModelTrainedOnAnotherAnnotatorsDoneArticlesIsNeverUsedForMe() throws Exception {
        SuggestionModels models = workspace.suggestionModels();
        Article[] articles = new Article[8];
        for (int i = 0; i < articles.length; i++) {
            String text = "Day " + i + " was calm. Officials rebuffed the report. Day " + (i + 1) + " too. Officials rebuffed the story.";
            articles[i] = store.articles().get(store.articles().insert(new NewArticle("b" + i, "B" + i, null, null, null, text), "sha-b" + i)).orElseThrow();
            label(ben, articles[i], "rebuffed the report", "DENIAL");
            label(ben, articles[i], "rebuffed the story", "DENIAL");
            workspace.labeling(ben).setStatus(articles[i].id(), ArticleStatus.DONE);
        }
        RecommenderSetting model = new RecommenderSetting(Recommenders.MODEL, true, 0);
        workspace.suggestions(anna).save(model);
        workspace.suggestions(anna).save(new RecommenderSetting(Recommenders.CUE_LISTS, false, 0)); // "rebuffed" is a shipped cue
        models.refresh(ben.id()).orElseThrow().get(2, TimeUnit.MINUTES);
        models.refresh(anna.id()).ifPresent(f -> {
            try {
                f.get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        String probeText = "Day 99 was calm. Officials rebuffed the rumour. Day 100 too.";
        Article probe = store.articles().get(store.articles().insert(new NewArticle("p", "P", null, null, null, probeText), "sha-p")).orElseThrow();
        assertThat(workspace.suggestions(ben).model().model().articles()).isEqualTo(8);
        assertThat(texts(probe, suggestionsFor(ben, probe))).as("ben's model works on ben's side")
                .contains("rebuffed the rumour/DENIAL/model");
        assertThat(workspace.suggestions(anna).model().model().articles()).isZero();
        assertThat(workspace.suggestions(anna).model().model().finder()).isEmpty();
        assertThat(suggestionsFor(anna, probe)).noneMatch(s -> s.recommender().equals(Recommenders.MODEL)
                || s.recommender().equals(Recommenders.SAME_TEXT));
        assertThat(suggestionsFor(anna, mine)).noneMatch(s -> s.recommender().equals(Recommenders.MODEL)
                || s.recommender().equals(Recommenders.SAME_TEXT));
    }

    @Test
    void theModelRetrainsWhenWhatItLearnsFromChangesNotWhenAnOpenArticleGetsASpan() throws Exception {
        SuggestionModels models = workspace.suggestionModels();
        label(anna, mine, "rebuffed the claim", "DENIAL");
        workspace.labeling(anna).setStatus(mine.id(), ArticleStatus.DONE);
        models.refresh(anna.id()).orElseThrow().get(2, TimeUnit.MINUTES);
        assertThat(models.refresh(anna.id())).as("nothing changed").isEmpty();

        label(anna, other, "rebuffed it", "DENIAL"); // other is still being labeled
        workspace.labeling(anna).acceptSuggestions(other.id(), List.of(new Suggestion(at(OTHER, "blamed"),
                at(OTHER, "blamed") + 6, "CLAIM", Recommenders.CUE_LISTS, 1)));
        assertThat(models.refresh(anna.id())).as("spans in an article not done teach nothing").isEmpty();

        label(anna, mine, "blamed the weather", "CLAIM"); // a done article's spans change
        assertThat(models.refresh(anna.id())).as("a done article's spans changed").isPresent().get()
                .satisfies(f -> f.get(2, TimeUnit.MINUTES));
        assertThat(models.refresh(anna.id())).isEmpty();

        workspace.labeling(anna).setStatus(other.id(), ArticleStatus.DONE);
        assertThat(models.refresh(anna.id())).as("another article done").isPresent();
    }

    @Test
    void goldTeachesEveryone() {
        long curator = store.gold().curators().getOrCreate("cur").id();
        int start = at(OTHER, "blamed the weather");
        store.gold().spans().insert(other.id(), new io.veritag.model.gold.LabeledRange(start, start + 18, "CLAIM"));
        store.gold().articles().save(other.id(), List.of("ben"), 1, 1, curator);

        assertThat(texts(mine, suggestionsFor(anna, mine))).contains("blamed the weather/CLAIM/same-text");
    }

    @Test
    void aCueSuggestsItsClauseAndTheListIsEditable() {
        SuggestionService suggestions = workspace.suggestions(anna);
        assertThat(texts(mine, suggestionsFor(anna, mine))).doesNotContain("blamed the weather/CLAIM/cue-lists");

        suggestions.putCue(new Cue("blame", "blamed", "CLAIM"));
        assertThat(texts(mine, suggestionsFor(anna, mine))).contains("blamed the weather/CLAIM/cue-lists");

        suggestions.removeCue("blame", "blamed");
        assertThat(texts(mine, suggestionsFor(anna, mine))).doesNotContain("blamed the weather/CLAIM/cue-lists");
    }

    @Test
    void aRecommenderSwitchedOffSuggestsNothing() {
        workspace.suggestions(anna).putCue(new Cue("denial-verbs", "rebuffed", "DENIAL"));
        workspace.suggestions(anna).save(new RecommenderSetting(Recommenders.CUE_LISTS, false, 0));

        assertThat(suggestionsFor(anna, mine)).noneMatch(s -> s.recommender().equals(Recommenders.CUE_LISTS));
    }

    @Test
    void aRejectedSuggestionIsNotSuggestedAgainToThatAnnotator() {
        workspace.suggestions(anna).putCue(new Cue("denial-verbs", "rebuffed", "DENIAL"));
        Suggestion rebuffed = suggestionsFor(anna, mine).stream().filter(s -> s.label().equals("DENIAL")).findFirst().orElseThrow();

        workspace.suggestions(anna).reject(mine.id(), rebuffed);

        assertThat(suggestionsFor(anna, mine)).doesNotContain(rebuffed);
        assertThat(suggestionsFor(ben, mine)).as("ben did not reject it").contains(rebuffed);
        workspace.suggestions(anna).forgetRejection(mine.id(), rebuffed);
        assertThat(suggestionsFor(anna, mine)).contains(rebuffed);
    }

    @Test
    void acceptingMakesMySpanAtOnceRecordsItsOriginAndUndoesAndRedoes() {
        workspace.suggestions(anna).putCue(new Cue("denial-verbs", "rebuffed", "DENIAL"));
        Suggestion rebuffed = suggestionsFor(anna, mine).stream().filter(s -> s.label().equals("DENIAL")).findFirst().orElseThrow();
        LabelingService labeling = workspace.labeling(anna);

        labeling.acceptSuggestions(mine.id(), List.of(rebuffed));

        List<Span> spans = store.spans().forArticle(mine.id(), anna.id());
        assertThat(spans).extracting(s -> s.textIn(MINE), Span::label).containsExactly(tuple("rebuffed the claim", "DENIAL"));
        assertThat(workspace.suggestions(anna).origins(mine.id())).containsExactly(
                java.util.Map.entry(spans.get(0).id(), Recommenders.CUE_LISTS));
        assertThat(suggestionsFor(anna, mine)).as("no longer a suggestion").doesNotContain(rebuffed);
        assertThat(store.statuses().get(mine.id(), anna.id())).isEqualTo(ArticleStatus.IN_PROGRESS);

        labeling.undo();
        assertThat(store.spans().forArticle(mine.id(), anna.id())).isEmpty();
        assertThat(workspace.suggestions(anna).origins(mine.id())).isEmpty();
        assertThat(suggestionsFor(anna, mine)).contains(rebuffed);

        labeling.redo();
        assertThat(store.spans().forArticle(mine.id(), anna.id())).extracting(Span::id).containsExactly(spans.get(0).id());
        assertThat(workspace.suggestions(anna).origins(mine.id())).containsEntry(spans.get(0).id(), Recommenders.CUE_LISTS);
    }

    @Test
    void aSpanMadeByHandHasNoOrigin() {
        label(anna, mine, "governor", "CLAIM");
        assertThat(workspace.suggestions(anna).origins(mine.id())).isEmpty();
    }
}
