package io.veritag.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.veritag.model.gold.LabeledRange;
import io.veritag.model.suggest.Cue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendersTest {

    private static LabeledText labeled(String id, String text, String spanText, String label) {
        int start = text.indexOf(spanText);
        return new LabeledText(id, text, List.of(new LabeledRange(start, start + spanText.length(), label)));
    }

    private static List<String> texts(String text, List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sameTextFindsWholeWordsInAnyCaseNeverInsideAWord() {
        SameTextRecommender recommender = SameTextRecommender.learn(List.of(
                labeled("1", "Moscow denied it.", "denied", "DENIAL")));
        String text = "Kyiv DENIED the report; the undenied story was denied again. 🇺🇦 denied!";

        List<Suggestion> found = recommender.suggest(text);

        assertThat(found).extracting(s -> text.substring(s.start(), s.end()), Suggestion::label, Suggestion::recommender)
                .containsExactly(tuple("DENIED", "DENIAL", "same-text"), tuple("denied", "DENIAL", "same-text"),
                        tuple("denied", "DENIAL", "same-text"));
    }

    @Test
    void sameTextPrefersTheLongestKnownTextAndTheMostFrequentLabel() {
        SameTextRecommender recommender = SameTextRecommender.of(List.of(
                new LabeledPhrase("may", "SPECULATION"),
                new LabeledPhrase("may have been", "SPECULATION"),
                new LabeledPhrase("fell", "CLAIM"),
                new LabeledPhrase("fell", "DENIAL"),
                new LabeledPhrase("FELL", "DENIAL")));
        String text = "It may have been hit and may fall; it fell.";

        assertThat(recommender.suggest(text)).extracting(s -> text.substring(s.start(), s.end()), Suggestion::label)
                .containsExactly(tuple("may have been", "SPECULATION"), tuple("may", "SPECULATION"), tuple("fell", "DENIAL"));
    }

    @Test
    void aCueBecomesASpanOverItsClauseWithItsListsLabel() {
        CueListRecommender recommender = new CueListRecommender(List.of(
                new Cue("hedges", "reportedly", "SPECULATION"),
                new Cue("denials", "denied", "DENIAL"),
                new Cue("reporting", "according to", "CLAIM")));
        String text = "The bridge was reportedly hit overnight, officials said. The ministry denied it; "
                + "According to the mayor the road is open\nnext line";

        List<Suggestion> found = recommender.suggest(text);

        assertThat(texts(text, found)).containsExactly("reportedly hit overnight", "denied it",
                "According to the mayor the road is open");
        assertThat(found).extracting(Suggestion::label).containsExactly("SPECULATION", "DENIAL", "CLAIM");
        assertThat(found).allSatisfy(s -> assertThat(s.recommender()).isEqualTo(Recommenders.CUE_LISTS));
    }

    @Test
    void aCueAtTheEndOfItsClauseIsJustTheCue() {
        CueListRecommender recommender = new CueListRecommender(List.of(new Cue("hedges", "maybe", "SPECULATION")));
        assertThat(texts("Maybe.", recommender.suggest("Maybe."))).containsExactly("Maybe");
        assertThat(recommender.suggest("")).isEmpty();
    }

    @Test
    void shippedListsHaveHedgesDenialsAndReportingVerbs() {
        List<Cue> cues = ShippedCues.english();
        assertThat(cues).extracting(Cue::list, Cue::phrase, Cue::label)
                .contains(tuple("hedges", "reportedly", "SPECULATION"), tuple("denial-verbs", "denied", "DENIAL"),
                        tuple("reporting-verbs", "according to", "CLAIM"));
    }

    /** A pattern a tagger learns from a few examples: the word after "Officials" is always a DENIAL. */
    private static List<LabeledText> corpus(int articles) {
        String[] verbs = {"rejected", "disputed", "refuted", "dismissed", "contested"};
        List<LabeledText> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder();
            List<LabeledRange> spans = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                text.append("The weather was mild on day ").append(i * 10 + s).append(". ");
                text.append("Officials ");
                int start = text.length();
                text.append(verbs[(i + s) % verbs.length]).append(" the report");
                spans.add(new LabeledRange(start, text.length(), "DENIAL"));
                text.append(". ");
            }
            texts.add(new LabeledText(String.format("t%03d", i), text.toString(), spans));
        }
        return texts;
    }

    @Test
    void theModelLearnsTheProjectsLabelsAndIsGatedByItsCrossValidatedF1() {
        TrainedModel model = TrainedModel.train(corpus(9), Algorithm.PERCEPTRON, () -> false);

        assertThat(model.articles()).isEqualTo(9);
        assertThat(model.f1("DENIAL").orElseThrow()).isGreaterThan(0.8);
        assertThat(model.f1("CLAIM")).isEmpty();
        String unseen = "The weather was mild. Officials disputed the report. Nothing else happened.";
        assertThat(model.recommender(0.5).suggest(unseen))
                .extracting(s -> unseen.substring(s.start(), s.end()), Suggestion::label, Suggestion::recommender)
                .containsExactly(tuple("disputed the report", "DENIAL", "model"));
        assertThat(model.recommender(1.01).suggest(unseen)).as("above any F1: silent").isEmpty();
        assertThat(model.finder().orElseThrow().uncertainty(unseen)).isBetween(0.0, 1.0);
    }

    @Test
    void noSpansNoModel() {
        TrainedModel model = TrainedModel.train(List.of(new LabeledText("1", "Plain text.", List.of())), Algorithm.MAXENT, () -> false);
        assertThat(model.finder()).isEmpty();
        assertThat(model.recommender(0).suggest("Plain text.")).isEmpty();
    }

    @Test
    void crossValidationScoresEachFoldWithRecommendersTrainedOnTheOthers() {
        // same-text can only find "denied" in a test article if another article taught it
        List<LabeledText> texts = List.of(
                labeled("a", "They denied it.", "denied", "DENIAL"),
                labeled("b", "We denied that.", "denied", "DENIAL"),
                labeled("c", "Nobody refuted this.", "refuted", "DENIAL"));

        List<LabelScore> scores = CrossValidation.evaluate(texts, 3, List.of(SameTextRecommender.trainer()), () -> false);

        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.recommender()).isEqualTo("same-text");
            assertThat(s.suggested()).isEqualTo(2);
            assertThat(s.expected()).isEqualTo(3);
            assertThat(s.truePositives()).isEqualTo(2);
            assertThat(s.precision()).hasValueCloseTo(1.0, within(1e-9));
            assertThat(s.recall()).hasValueCloseTo(2 / 3.0, within(1e-9));
            assertThat(s.f1()).hasValueCloseTo(0.8, within(1e-9));
        });
        assertThatThrownBy(() -> CrossValidation.evaluate(texts, 4, List.of(SameTextRecommender.trainer()), () -> false))
                .hasMessageContaining("at least 4 labeled articles, found 3");
    }

    @Test
    void nothingSuggestedAndNothingExpectedIsUndefinedNotZero() {
        LabelScore empty = new LabelScore("model", "CLAIM", 0, 0, 0, 0, 0);
        assertThat(empty.precision()).isEmpty();
        assertThat(empty.recall()).isEmpty();
        assertThat(empty.f1()).isEmpty();
    }
}
