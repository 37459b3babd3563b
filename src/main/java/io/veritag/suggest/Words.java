package io.veritag.suggest;

import io.veritag.agreement.Tokenizer;
import io.veritag.agreement.Tokens;
import java.util.Locale;

/**
 * The tokens of a text (words, and each punctuation character on its own, as {@link Tokenizer} splits them)
 * with their case-folded forms: what whole-word matching compares.
 */
final class Words {
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
