package io.veritag.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deterministic text with a news-like vocabulary: 30,000 made-up words drawn by Zipf's law (exponent 1.0, as word
 * frequencies in English roughly follow), so that a few words are in nearly every sentence and most are rare, as
 * names, places and numbers are in news. {@link SyntheticCorpus} instead repeats about sixty words, where every
 * claim shares words with every other: the worst case for a word search.
 */
public final class NewsLikeCorpus {
    private static final int VOCABULARY = 30_000;
    private static final String[] WORDS = new String[VOCABULARY];
    private static final double[] CUMULATIVE = new double[VOCABULARY];

    static {
        String[] syllables = "ka ro mi tel san dor vu lin pe sha gro nek ti bal mor zu fen di ast qua".split(" ");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(3) + (i > 500 ? 1 : 0);
            for (int k = 0; k < n; k++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            WORDS[i] = w.append(i).toString(); // unique: the rank keeps two words apart
        }
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            CUMULATIVE[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            CUMULATIVE[i] /= sum;
        }
    }

    private NewsLikeCorpus() {
    }

    /** About {@code chars} characters of text, the same for the same seed. */
    public static String article(long seed, int chars) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 1);
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars) {
            int words = 8 + random.nextInt(18);
            for (int i = 0; i < words; i++) {
                int at = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
                String word = WORDS[Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at)];
                text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(i == words - 1 ? ". " : " ");
            }
        }
        return text.toString();
    }
}
