package io.veritag.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's window features: exactly the strings of OpenNLP's default (token class, lower-cased
 * token with its class, and lower-cased token, each over two tokens either side), in the same order, so the
 * model learns the same thing. OpenNLP's own generators lower-case each token through a stream of code points
 * and classify it again for every window it falls in (ten times per token), then glue the window prefix on.
 * Here each distinct token's fifteen feature strings are made once and the same String objects reused at
 * every occurrence, so their hash codes (what the model's feature lookup needs) are computed once too.
 */
public final class TokenWindowFeatures implements AdaptiveFeatureGenerator {
    static final int WINDOW = 2;
    /** Window positions in OpenNLP's order: current, previous 1..2, next 1..2. */
    private static final String[] PREFIXES = {"", "p1", "p2", "n1", "n2"};
    /** Training reads a whole corpus: the strings of at most this many distinct tokens are kept at once. */
    private static final int MAX_KEPT_TOKENS = 50_000;

    private final Map<String, String[]> formsByToken = new HashMap<>();
    private String[] sentence; // the tokens the forms below belong to (OpenNLP passes the same array per sentence)
    private String[][] forms; // per token of the sentence: see formsOf

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        int count = tokens.length;
        // first window: token class, then lower case with class, at each position
        features.add(forms[index][0]);
        features.add(forms[index][1]);
        for (int i = 1; i <= WINDOW; i++) {
            if (index - i >= 0) {
                features.add(forms[index - i][3 * i]);
                features.add(forms[index - i][3 * i + 1]);
            }
        }
        for (int i = 1; i <= WINDOW; i++) {
            if (index + i < count) {
                features.add(forms[index + i][3 * (WINDOW + i)]);
                features.add(forms[index + i][3 * (WINDOW + i) + 1]);
            }
        }
        // second window: lower case
        features.add(forms[index][2]);
        for (int i = 1; i <= WINDOW; i++) {
            if (index - i >= 0) {
                features.add(forms[index - i][3 * i + 2]);
            }
        }
        for (int i = 1; i <= WINDOW; i++) {
            if (index + i < count) {
                features.add(forms[index + i][3 * (WINDOW + i) + 2]);
            }
        }
    }

    private void prepare(String[] tokens) {
        if (tokens == sentence) {
            return;
        }
        if (formsByToken.size() > MAX_KEPT_TOKENS) {
            formsByToken.clear();
        }
        forms = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            forms[i] = formsByToken.computeIfAbsent(tokens[i], TokenWindowFeatures::formsOf);
        }
        sentence = tokens;
    }

    /** For each window position p (in {@link #PREFIXES} order): p + "wc=" class, p + "w&c=" lower,class, p + "w=" lower. */
    private static String[] formsOf(String token) {
        String kind = FeatureGeneratorUtil.tokenFeature(token);
        String lower = lowerCase(token);
        String[] forms = new String[3 * PREFIXES.length];
        for (int p = 0; p < PREFIXES.length; p++) {
            forms[3 * p] = PREFIXES[p] + "wc=" + kind;
            forms[3 * p + 1] = PREFIXES[p] + "w&c=" + lower + "," + kind;
            forms[3 * p + 2] = PREFIXES[p] + "w=" + lower;
        }
        return forms;
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
