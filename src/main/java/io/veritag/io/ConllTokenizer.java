package io.veritag.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into tokens and sentences for IOB2. Tokens are runs of non-whitespace, with punctuation at
 * their edges and CJK characters each on their own, and are always cut at the given span boundaries so that
 * a label never covers half a token. A line break or a sentence-final mark followed by a space ends a
 * sentence. Works on code points (with their combining marks), so no token holds half a character.
 */
final class ConllTokenizer {
    /** A token: UTF-16 [start, end) and whether it opens a sentence. */
    record Token(int start, int end, boolean sentenceStart) {
    }

    private ConllTokenizer() {
    }

    /** @param boundaries span starts and ends (UTF-16, on code point boundaries), in any order */
    static List<Token> tokens(String text, int[] boundaries) {
        int[] cuts = boundaries.clone();
        Arrays.sort(cuts);
        List<Token> tokens = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWhitespace(cp)) {
                if (cp == '\n' && !tokens.isEmpty()) {
                    sentenceStart = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < text.length() && !isWhitespace(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            sentenceStart = chunk(text, i, j, cuts, tokens, sentenceStart);
            i = j;
        }
        return tokens;
    }

    /** Tokenises one whitespace-free chunk; returns whether the next token starts a sentence. */
    private static boolean chunk(String text, int from, int to, int[] boundaries, List<Token> tokens, boolean sentenceStart) {
        int length = to - from;
        int[] clusters = new int[length + 1];
        int count = 0;
        for (int i = from; i < to; ) {
            clusters[count++] = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < to && isMark(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        clusters[count] = to;
        int leading = 0;
        while (leading < count && isPunctuation(text.codePointAt(clusters[leading]))) {
            leading++;
        }
        int trailing = count;
        while (trailing > leading && isPunctuation(text.codePointAt(clusters[trailing - 1]))) {
            trailing--;
        }
        // cut[i]: a token boundary at from + i
        boolean[] cut = new boolean[length + 1];
        cut[0] = true;
        cut[length] = true;
        for (int c = 0; c < count; c++) {
            if (c < leading || c >= trailing || isCjk(text.codePointAt(clusters[c]))) {
                cut[clusters[c] - from] = true;
                cut[clusters[c + 1] - from] = true;
            }
        }
        for (int b = lowerBound(boundaries, from + 1); b < boundaries.length && boundaries[b] < to; b++) {
            cut[boundaries[b] - from] = true;
        }
        boolean startsSentence = sentenceStart;
        int previous = from;
        for (int i = 1; i <= length; i++) {
            if (cut[i]) {
                tokens.add(new Token(previous, from + i, startsSentence));
                startsSentence = endsSentenceInside(text, previous, from + i);
                previous = from + i;
            }
        }
        return startsSentence || endsSentence(text, tokens.get(tokens.size() - 1));
    }

    /** Full-width sentence marks end a sentence even without a following space. */
    private static boolean endsSentenceInside(String text, int start, int end) {
        int cp = text.codePointAt(start);
        return Character.charCount(cp) == end - start && (cp == '。' || cp == '！' || cp == '？');
    }

    private static boolean endsSentence(String text, Token token) {
        if (token.end() - token.start() != 1) {
            return endsSentenceInside(text, token.start(), token.end());
        }
        char c = text.charAt(token.start());
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Everything Java or Python ({@code str.split()}) treats as whitespace, including no-break spaces. */
    static boolean isWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Chinese and Japanese characters and their full-width punctuation: each is a token, as text has no spaces. */
    private static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
