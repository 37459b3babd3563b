package io.veritag.service;

import java.util.Optional;

/**
 * Snaps a selection to whole words: trims surrounding whitespace and punctuation, then extends both ends
 * to the edges of the words they touch. Works on UTF-16 offsets but steps by code point, so it never splits
 * a surrogate pair (emoji) and keeps combining marks with their base letter.
 */
public final class WordSnapper {
    private WordSnapper() {
    }

    /** The snapped range, or empty if the selection holds no word character at all. */
    public static Optional<TextRange> snap(String text, int start, int end) {
        checkBounds(text, start, end);
        int s = Graphemes.floor(text, start);
        int e = Graphemes.ceil(text, end);
        while (s < e && !WordChars.isWordChar(text.codePointAt(s))) {
            s += Character.charCount(text.codePointAt(s));
        }
        while (e > s && !WordChars.isWordChar(text.codePointBefore(e))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        if (s >= e) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(WordChars.wordStart(text, s), WordChars.wordEnd(text, e)));
    }

    /**
     * The selection without snapping, but never cutting a surrogate pair or a base letter from its combining
     * marks, and without surrounding whitespace; empty if nothing but whitespace is selected.
     */
    public static Optional<TextRange> exact(String text, int start, int end) {
        checkBounds(text, start, end);
        int s = Graphemes.floor(text, start);
        int e = Graphemes.ceil(text, end);
        while (s < e && Character.isWhitespace(text.codePointAt(s))) {
            s += Character.charCount(text.codePointAt(s));
        }
        while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        return s < e ? Optional.of(new TextRange(s, e)) : Optional.empty();
    }

    private static void checkBounds(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("selection [" + start + ", " + end + ") is outside the text (0.." + text.length() + ")");
        }
    }
}
