package io.veritag.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class TokenWindowFeaturesTest {
    /** What OpenNLP's default descriptor builds for the two windows that TokenWindowFeatures replaces. */
    private static final List<AdaptiveFeatureGenerator> OPENNLP = List.of(
            new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
            new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2));

    private static final String[][] SENTENCES = {
        {"The", "Ministry", "DENIED", "it", "."},
        {"Kyiv", "may", "have", "been", "hit", "on", "12/03", ",", "officials", "said", "."},
        {"ΟΔΟΣ", "İstanbul", "Straße", "🇺🇦", "x", "A1", "3.5", "$", "e-mail", "McDonald's"},
        {"one"},
        {},
    };

    @Test
    void makesExactlyOpenNlpsDefaultWindowFeaturesInTheSameOrder() {
        TokenWindowFeatures fast = new TokenWindowFeatures();
        for (String[] sentence : SENTENCES) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> expected = new ArrayList<>();
                for (AdaptiveFeatureGenerator generator : OPENNLP) {
                    generator.createFeatures(expected, sentence, i, new String[0]);
                }
                List<String> actual = new ArrayList<>();
                fast.createFeatures(actual, sentence, i, new String[0]);
                assertThat(actual).as("token %d of %s", i, String.join(" ", sentence)).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aNewSentenceInTheSameArrayPositionIsNotServedFromTheLastOne() {
        TokenWindowFeatures fast = new TokenWindowFeatures();
        List<String> first = new ArrayList<>();
        fast.createFeatures(first, new String[] {"Denied", "it"}, 0, new String[0]);
        List<String> second = new ArrayList<>();
        fast.createFeatures(second, new String[] {"Rejected", "it"}, 0, new String[0]);

        assertThat(second).contains("w=rejected").doesNotContain("w=denied");
    }

    @Test
    void lowerCaseIsOpenNlpsPerCodePointLowerCase() {
        for (String token : new String[] {"ΟΔΟΣ", "İ", "Straße", "ABC", "abc", "𐐀x", "🇺🇦"}) {
            assertThat(TokenWindowFeatures.lowerCase(token)).isEqualTo(opennlp.tools.util.StringUtil.toLowerCase(token));
        }
    }

    @Test
    void theModelTrainedWithThemStillLearnsAndFindsALabeledPattern() {
        List<LabeledText> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "Officials in city " + i + " denied the report. The river rose " + i + " metres overnight.";
            int start = text.indexOf("denied the report");
            texts.add(new LabeledText("t" + i, text, List.of(new LabeledRange(start, start + "denied the report".length(), "DENIAL"))));
        }
        NameFinderRecommender model = NameFinderRecommender.train(texts, Algorithm.PERCEPTRON).orElseThrow();
        String unseen = "Officials in city 40 denied the report. Water rose.";

        assertThat(model.suggest(unseen)).extracting(s -> unseen.substring(s.start(), s.end()), Suggestion::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("denied the report", "DENIAL"));
    }
}
