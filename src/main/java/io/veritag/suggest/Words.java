package io.veritag.suggest;

import io.veritag.agreement.Tokenizer;
import io.veritag.agreement.Tokens;
import java.util.Locale;

/**
 * The tokens of a text (words, and each punctuation character on its own, as {@link Tokenizer} splits them)
 * with their case-folded forms: what whole-word matching compares.
 */
final class Words {
    /**
     * The last text tokenized: the recommenders of one article (same text, cue lists, the model) each ask for
     * its words, and tokenizing a long article three times was a tenth of its suggestions' time. Immutable.
     */
    private static volatile Words last;

    final String text;
    final int[] starts;
    final int[] ends;
    final String[] folded;

    private Words(String text, int[] starts, int[] ends, String[] folded) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.folded = folded;
    }

    static Words of(String text) {
        Words known = last;
        if (known != null && known.text == text) {
            return known;
        }
        Words words = tokenize(text);
        last = words;
        return words;
    }

    /** Tokenizes without keeping the result (short phrases must not push an article out). */
    static Words tokenize(String text) {
        Tokens tokens = Tokenizer.tokenize(text);
        int n = tokens.count();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = tokens.start(i);
            ends[i] = tokens.end(i);
            folded[i] = fold(text.substring(starts[i], ends[i]));
        }
        return new Words(text, starts, ends, folded);
    }

    static String fold(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    int count() {
        return starts.length;
    }

    /** The first token starting at or after {@code offset} (count() if none). */
    int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last token ending at or before {@code offset} (-1 if none). */
    int tokenEndingBy(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
