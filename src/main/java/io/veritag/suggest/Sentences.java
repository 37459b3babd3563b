package io.veritag.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text's tokens into sentences: a sentence ends after {@code . ! ?} or before a line break. The
 * model learns and suggests one sentence at a time; a suggestion never crosses a sentence.
 */
final class Sentences {
    private Sentences() {
    }

    /** Token ranges [first, last + 1) of each sentence, in order, covering every token. */
    static List<int[]> of(Words words) {
        List<int[]> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < words.count(); i++) {
            String token = words.folded[i];
            boolean endsHere = token.equals(".") || token.equals("!") || token.equals("?")
                    || (i + 1 < words.count() && hasLineBreak(words.text, words.ends[i], words.starts[i + 1]));
            if (endsHere) {
                sentences.add(new int[] {first, i + 1});
                first = i + 1;
            }
        }
        if (first < words.count()) {
            sentences.add(new int[] {first, words.count()});
        }
        return sentences;
    }

    /** The sentence (token range) holding the character at {@code offset}, as character offsets [start, end). */
    static int[] around(String text, int offset) {
        Words words = Words.of(text);
        for (int[] sentence : of(words)) {
            int start = words.starts[sentence[0]];
            int end = words.ends[sentence[1] - 1];
            if (offset < end || sentence[1] == words.count()) {
                return new int[] {Math.min(start, offset), Math.max(end, offset)};
            }
        }
        return new int[] {offset, offset};
    }

    /** Looks only between the two tokens (indexOf would search to the end of the text for every token). */
    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
