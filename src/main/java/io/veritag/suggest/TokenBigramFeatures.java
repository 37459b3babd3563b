package io.veritag.suggest;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP's bigram name features (the pairs of tokens and of token classes with the previous and the next
 * token), the same strings in the same order, with each token's class found once per sentence: OpenNLP's
 * generator classifies every token four times, the largest single cost of the model's suggestions after the
 * windows ({@link TokenWindowFeatures}) were made once.
 */
public final class TokenBigramFeatures implements AdaptiveFeatureGenerator {
    private String[] sentence; // the tokens the classes below belong to
    private String[] classes;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            classes = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            }
            sentence = tokens;
        }
        if (index > 0) {
            features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
            features.add("pwc,wc=" + classes[index - 1] + "," + classes[index]);
        }
        if (index + 1 < tokens.length) {
            features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
            features.add("wc,nc=" + classes[index] + "," + classes[index + 1]);
        }
    }

    @Override
    public void clearAdaptiveData() {
        sentence = null;
    }

    /** Named in the feature descriptor ({@code name-finder-features.xml}). */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new TokenBigramFeatures();
        }
    }
}
