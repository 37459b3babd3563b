package io.veritag.bench;

import io.veritag.model.Annotator;
import io.veritag.model.NewArticle;
import io.veritag.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A deterministic 1 MB news-like article (paragraphs of sentences, some emoji) with 5,000 spans of one
 * annotator, about one in five overlapping another, for the workbench benchmarks.
 */
final class BenchArticle {
    static final int TARGET_CHARS = 1_000_000;
    static final int SPANS = 5_000;
    private static final String[] WORDS = ("the mayor said bridge fell officials denied it reports claim forces city "
            + "region president ministry according sources confirmed may could would likely strike attack withdrew "
            + "Kherson Ukraine Russia military army people residents statement evidence video photo 🇺🇦 offensive")
            .split(" ");
    private static final String[] LABELS = {"CLAIM", "DENIAL", "SPECULATION"};

    final long articleId;
    final String text;
    /** Start offsets of words, to pick selections from. */
    final int[] wordStarts;
    /** Stored spans start at every spanStep-th word. */
    final int spanStep;

    private BenchArticle(long articleId, String text, int[] wordStarts) {
        this.articleId = articleId;
        this.text = text;
        this.wordStarts = wordStarts;
        this.spanStep = wordStarts.length / SPANS;
    }

    static BenchArticle create(Store store, Annotator annotator) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(TARGET_CHARS + 200);
        List<Integer> starts = new ArrayList<>();
        while (sb.length() < TARGET_CHARS) {
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + random.nextInt(18);
                for (int w = 0; w < words; w++) {
                    if (w > 0) {
                        sb.append(' ');
                    }
                    starts.add(sb.length());
                    String word = WORDS[random.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                }
                sb.append(". ");
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        String text = sb.toString();
        long id = store.articles().insert(new NewArticle("bench-1mb", "Benchmark article (1 MB)", "bench", null, null, text), sha256(text));
        int[] wordStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        store.inTransaction(tx -> {
            int step = wordStarts.length / SPANS;
            for (int i = 0; i < SPANS; i++) {
                int first = i * step;
                int length = 2 + random.nextInt(6);
                int overlap = random.nextInt(5) == 0 ? step : 0; // every fifth span runs into the next one
                int start = wordStarts[first];
                int endWord = Math.min(wordStarts.length - 1, first + length + overlap);
                int end = wordStarts[endWord] - 1;
                tx.spans().insert(id, annotator.id(), start, end, LABELS[i % 3], null);
            }
        });
        return new BenchArticle(id, text, wordStarts);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
