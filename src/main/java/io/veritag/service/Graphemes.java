package io.veritag.service;

import java.text.BreakIterator;

/** User-perceived character boundaries, so a one-character step never splits an emoji or a combining mark. */
final class Graphemes {
    private Graphemes() {
    }

    static int next(String text, int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        return iterator(text).following(offset);
    }

    static int previous(String text, int offset) {
        if (offset <= 0) {
            return 0;
        }
        return iterator(text).preceding(offset);
    }

    /** The nearest boundary at or before {@code offset}. */
    static int floor(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        BreakIterator it = iterator(text);
        return it.isBoundary(offset) ? offset : it.preceding(offset);
    }

    /** The nearest boundary at or after {@code offset}. */
    static int ceil(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        BreakIterator it = iterator(text);
        return it.isBoundary(offset) ? offset : it.following(offset);
    }

    private static BreakIterator iterator(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        return it;
    }
}
