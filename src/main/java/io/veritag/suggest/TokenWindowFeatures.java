package io.veritag.suggest;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's window features made once per sentence: exactly the strings of OpenNLP's default
 * (token class, lower-cased token with its class, and lower-cased token, each over two tokens either side),
 * so the model learns the same thing. OpenNLP's own generators lower-case each token through a stream of
 * code points and classify it again for every window it falls in: ten times per token, which was most of the
 * time the model took to suggest and to train.
 */
public final class TokenWindowFeatures implements AdaptiveFeatureGenerator {
    static final int WINDOW = 2;

    private String[] sentence; // the tokens the forms below belong to (OpenNLP passes the same array per sentence)
    private String[] tokenClass; // "wc=" + class
    private String[] lowerAndClass; // "w&c=" + lower case + "," + class
    private String[] lowerToken; // "w=" + lower case

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        window(features, tokens.length, index, tokenClass, lowerAndClass);
        window(features, tokens.length, index, lowerToken, null);
    }

    /** Current, then previous 1..2, then next 1..2: OpenNLP's WindowFeatureGenerator order and prefixes. */
    private static void window(List<String> features, int count, int index, String[] first, String[] second) {
        add(features, "", index, first, second);
        for (int i = 1; i <= WINDOW; i++) {
            if (index - i >= 0) {
                add(features, "p" + i, index - i, first, second);
            }
        }
        for (int i = 1; i <= WINDOW; i++) {
            if (index + i < count) {
                add(features, "n" + i, index + i, first, second);
            }
        }
    }

    private static void add(List<String> features, String prefix, int at, String[] first, String[] second) {
        features.add(prefix.isEmpty() ? first[at] : prefix + first[at]);
        if (second != null) {
            features.add(prefix.isEmpty() ? second[at] : prefix + second[at]);
        }
    }

    private void prepare(String[] tokens) {
        if (tokens == sentence) {
            return;
        }
        int n = tokens.length;
        tokenClass = new String[n];
        lowerAndClass = new String[n];
        lowerToken = new String[n];
        for (int i = 0; i < n; i++) {
            String kind = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            String lower = lowerCase(tokens[i]);
            tokenClass[i] = "wc=" + kind;
            lowerAndClass[i] = "w&c=" + lower + "," + kind;
            lowerToken[i] = "w=" + lower;
        }
        sentence = tokens;
    }

    /** OpenNLP's lower case ({@link Character#toLowerCase(int)} per code point), without a stream when nothing changes. */
    static String lowerCase(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.toLowerCase(c) != c) {
                return token.codePoints().map(Character::toLowerCase)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            }
            i += Character.charCount(c);
        }
        return token;
    }

    @Override
    public void clearAdaptiveData() {
        sentence = null;
    }

    /** Named in the feature descriptor ({@code name-finder-features.xml}). */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new TokenWindowFeatures();
        }
    }
}
