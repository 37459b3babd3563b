package io.veritag.bench;

import java.util.SplittableRandom;

/** Deterministic news-like text for benchmarks: sentences of common words, some emoji, paragraphs. */
public final class SyntheticCorpus {
    private static final String[] WORDS = ("the city of Kherson officials said troops would withdraw from the west bank "
            + "of Dnipro river Ukraine Russia claimed denied reported according to sources may might possibly "
            + "announced residents returned bridge destroyed forces region governor statement analysts expect "
            + "military ministry defence week Thursday evacuation civilians checkpoints flag building").split(" ");
    private static final String[] EXTRAS = {"🇺🇦", "😀", "—", "«quoted»", "Café", "naïve", "𝕏"};

    private SyntheticCorpus() {
    }

    /** About {@code chars} UTF-16 characters of text, the same for the same seed. */
    public static String article(long seed, int chars) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(chars + 200);
        text.append("Article ").append(seed).append(": ").append(sentence(random)).append("\n\n");
        while (text.length() < chars) {
            text.append(sentence(random));
            text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private static String sentence(SplittableRandom random) {
        StringBuilder sentence = new StringBuilder();
        int words = 8 + random.nextInt(18);
        for (int i = 0; i < words; i++) {
            String word = random.nextInt(40) == 0 ? EXTRAS[random.nextInt(EXTRAS.length)] : WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sentence.append(i == 0 ? "" : random.nextInt(12) == 0 ? ", " : " ").append(word);
        }
        return sentence.append('.').toString();
    }
}
