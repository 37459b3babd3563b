package io.veritag.bench;

import io.veritag.model.gold.LabeledRange;
import io.veritag.suggest.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like labeled articles for the suggestion benchmarks: sentences of filler words, one in
 * three carrying a pattern the labels follow (a denial, a hedge, a report), spans on those patterns.
 */
final class SuggestCorpus {
    private static final String[] FILLER = ("the mayor bridge city region ministry forces residents army video photo "
            + "people statement evidence offensive river port road power water market school hospital week day night")
            .split(" ");
    private static final String[] DENIALS = {"denied", "rejected", "dismissed", "refuted"};
    private static final String[] HEDGES = {"may", "could", "might", "reportedly"};
    private static final String[] REPORTS = {"said", "announced", "stated", "claimed"};

    private SuggestCorpus() {
    }

    /** An article of about {@code words} words. */
    static LabeledText article(String id, int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<LabeledRange> spans = new ArrayList<>();
        int written = 0;
        int sentence = 0;
        while (written < words) {
            int length = 8 + random.nextInt(10);
            text.append(capital(FILLER[random.nextInt(FILLER.length)]));
            for (int w = 1; w < length; w++) {
                text.append(' ');
                if (w == 3 && sentence % 3 == 0) {
                    int kind = random.nextInt(3);
                    String[] cues = kind == 0 ? DENIALS : kind == 1 ? HEDGES : REPORTS;
                    String label = kind == 0 ? "DENIAL" : kind == 1 ? "SPECULATION" : "CLAIM";
                    int start = text.length();
                    text.append(cues[random.nextInt(cues.length)]).append(" the ").append(FILLER[random.nextInt(FILLER.length)]);
                    spans.add(new LabeledRange(start, text.length(), label));
                    w += 2;
                } else {
                    text.append(FILLER[random.nextInt(FILLER.length)]);
                }
            }
            text.append(". ");
            written += length;
            sentence++;
        }
        return new LabeledText(id, text.toString().strip(), spans);
    }

    static List<LabeledText> articles(int count, int words) {
        List<LabeledText> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(article(String.format("s%05d", i), words, i));
        }
        return texts;
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
