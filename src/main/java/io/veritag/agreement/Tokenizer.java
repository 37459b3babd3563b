package io.veritag.agreement;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Splits a text into tokens exactly as the regex {@link #PATTERN} {@code \w+|[^\w\s]} with
 * {@link Pattern#UNICODE_CHARACTER_CLASS} does: a run of word characters, or any single character that is
 * neither a word character nor white space. Whitespace is never a token.
 *
 * <p>The scan is hand-written (same character classes as the JDK's regex engine, checked code point by
 * code point in the tests) because the regex costs most of a full agreement report on a large corpus.
 */
public final class Tokenizer {
    /** The definition; {@link #tokenize} must find exactly what this pattern finds. */
    public static final Pattern PATTERN = Pattern.compile("\\w+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private static final int WORD_TYPES = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER)
            | (1 << Character.CONNECTOR_PUNCTUATION);
    private static final int SPACE_TYPES = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);

    private Tokenizer() {
    }

    public static Tokens tokenize(String text) {
        int[] starts = new int[Math.max(16, text.length() / 4)];
        int[] ends = new int[starts.length];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWord(cp)) {
                int start = i;
                i = next;
                while (i < length) {
                    int c = text.codePointAt(i);
                    if (!isWord(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n++] = i;
            } else {
                if (!isSpace(cp)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = i;
                    ends[n++] = next;
                }
                i = next;
            }
        }
        return new Tokens(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** {@code \w} under UNICODE_CHARACTER_CLASS: Alphabetic, marks, decimal digits, connector punctuation, join controls. */
    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isAlphabetic(cp) || ((WORD_TYPES >> Character.getType(cp)) & 1) != 0
                || cp == 0x200C || cp == 0x200D;
    }

    /** {@code \s} under UNICODE_CHARACTER_CLASS: the White_Space property. */
    static boolean isSpace(int cp) {
        return ((SPACE_TYPES >> Character.getType(cp)) & 1) != 0 || (cp >= 0x9 && cp <= 0xd) || cp == 0x85;
    }
}
