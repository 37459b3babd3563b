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
        List<Integer> clusters = clusterStarts(text, from, to);
        int leading = 0;
        while (leading < clusters.size() && isPunctuation(text.codePointAt(clusters.get(leading)))) {
            leading++;
        }
        int trailing = clusters.size();
        while (trailing > leading && isPunctuation(text.codePointAt(clusters.get(trailing - 1)))) {
            trailing--;
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (int c = 0; c < clusters.size(); c++) {
            int start = clusters.get(c);
            int end = c + 1 < clusters.size() ? clusters.get(c + 1) : to;
            if (c < leading || c >= trailing || isCjk(text.codePointAt(start))) {
                cuts.add(start);
                cuts.add(end);
            }
        }
        int b = lowerBound(boundaries, from + 1);
        while (b < boundaries.length && boundaries[b] < to) {
            cuts.add(boundaries[b++]);
        }
        Integer previous = null;
        boolean startsSentence = sentenceStart;
        for (Integer cut : cuts) {
            if (previous != null) {
                tokens.add(new Token(previous, cut, startsSentence));
                startsSentence = endsSentenceInside(text, previous, cut);
            }
            previous = cut;
        }
        return startsSentence || endsSentence(text, tokens.get(tokens.size() - 1));
    }

    private static List<Integer> clusterStarts(String text, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        int i = from;
        while (i < to) {
            starts.add(i);
            i += Character.charCount(text.codePointAt(i));
            while (i < to && isMark(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return starts;
    }

    /** Full-width sentence marks end a sentence even without a following space. */
    private static boolean endsSentenceInside(String text, int start, int end) {
        int cp = text.codePointAt(start);
        return Character.charCount(cp) == end - start && (cp == '。' || cp == '！' || cp == '？');
    }

    private static boolean endsSentence(String text, Token token) {
        String value = text.substring(token.start(), token.end());
        return value.equals(".") || value.equals("!") || value.equals("?") || value.equals("…")
                || endsSentenceInside(text, token.start(), token.end());
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
