package io.veritag.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.gold.LabeledRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Veritag's feature descriptor against OpenNLP's own default one (ner-default-features.xml, every generator
 * OpenNLP's, with its feature cache): the same context for every token, and models trained with either give
 * the same suggestions with the same confidences.
 */
class FeatureDescriptorDifferentialTest {
    private static final byte[] OPENNLP_DEFAULT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
            </featureGenerators>
            """.strip().getBytes(StandardCharsets.UTF_8);

    private static final String[] WORDS = ("The Ministry DENIED it may have been hit on 12/03 , officials said . "
            + "ΟΔΟΣ İstanbul Straße 🇺🇦 x A1 3.5 $ e-mail McDonald's reportedly could rejected the report Kyiv "
            + "denied announced dismissed 2024 U.S. mayor bridge").split(" ");

    @Test
    void everyTokenGetsTheSameContextAsWithOpenNlpsGenerators() throws IOException {
        DefaultNameContextGenerator openNlp = new DefaultNameContextGenerator(generator(OPENNLP_DEFAULT));
        DefaultNameContextGenerator ours = new DefaultNameContextGenerator(generator(descriptor()));
        Random random = new Random(13);
        String[] outcomes = {"other", "DENIAL-start", "DENIAL-cont", "CLAIM-start"};
        for (int s = 0; s < 300; s++) {
            String[] tokens = new String[random.nextInt(14)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = WORDS[random.nextInt(WORDS.length)];
            }
            String[] predicted = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                assertThat(ours.getContext(i, tokens, predicted, null))
                        .as("sentence %d token %d of %s", s, i, String.join(" ", tokens))
                        .containsExactly(openNlp.getContext(i, tokens, predicted, null));
                predicted[i] = outcomes[random.nextInt(outcomes.length)];
            }
            openNlp.updateAdaptiveData(tokens, predicted); // the previous-map feature remembers across sentences
            ours.updateAdaptiveData(tokens, predicted);
            if (s % 50 == 49) {
                openNlp.clearAdaptiveData();
                ours.clearAdaptiveData();
            }
        }
    }

    @Test
    void modelsTrainedWithEitherSuggestExactlyTheSame() throws IOException {
        List<LabeledText> training = corpus(60, 1);
        List<LabeledText> unseen = corpus(8, 99);
        for (Algorithm algorithm : Algorithm.values()) {
            NameFinderRecommender openNlp = NameFinderRecommender.train(training, algorithm, OPENNLP_DEFAULT).orElseThrow();
            NameFinderRecommender ours = NameFinderRecommender.train(training, algorithm, descriptor()).orElseThrow();
            int compared = 0;
            for (LabeledText text : unseen) {
                List<Suggestion> expected = openNlp.suggest(text.text());
                assertThat(ours.suggest(text.text())).as("%s on %s", algorithm, text.id()).isEqualTo(expected);
                assertThat(ours.uncertainty(text.text())).isEqualTo(openNlp.uncertainty(text.text()));
                compared += expected.size();
            }
            assertThat(compared).as("%s suggests something to compare", algorithm).isGreaterThan(20);
        }
    }

    private static byte[] descriptor() throws IOException {
        try (InputStream in = NameFinderRecommender.class.getResourceAsStream("name-finder-features.xml")) {
            return in.readAllBytes();
        }
    }

    private static opennlp.tools.util.featuregen.AdaptiveFeatureGenerator generator(byte[] xml) throws IOException {
        NameFinderRecommender.train(List.of(), Algorithm.PERCEPTRON); // registers Veritag's generators with OpenNLP
        return GeneratorFactory.create(new ByteArrayInputStream(xml), null);
    }

    /** Sentences of words, one in three with a labeled cue phrase; spelling varies so classes vary. */
    private static List<LabeledText> corpus(int count, long seed) {
        Random random = new Random(seed);
        String[] cues = {"denied the report", "may have been", "said officials", "Rejected", "REPORTEDLY"};
        String[] labels = {"DENIAL", "SPECULATION", "CLAIM", "DENIAL", "SPECULATION"};
        List<LabeledText> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            List<LabeledRange> spans = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                int length = 4 + random.nextInt(8);
                for (int w = 0; w < length; w++) {
                    if (w == 2 && s % 3 == 0) {
                        int k = random.nextInt(cues.length);
                        spans.add(new LabeledRange(text.length(), text.length() + cues[k].length(), labels[k]));
                        text.append(cues[k]).append(' ');
                    } else {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                }
                text.append(s % 4 == 3 ? ".\n" : ". ");
            }
            texts.add(new LabeledText("t" + t, text.toString(), spans));
        }
        return texts;
    }
}
