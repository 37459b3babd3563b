package io.veritag.service;

/** What counts as part of a word when snapping and stepping by words. */
final class WordChars {
    private WordChars() {
    }

    /**
     * Letters, digits, combining marks, and the symbols and format characters emoji are built from
     * (So, Sk skin tones, Cf zero-width joiner), plus currency signs so that "$5" stays whole.
     */
    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.FORMAT,
                    Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }

    /** Apostrophes and hyphens join two word characters ("don't", "pro-Russian"); '.' and ',' join digits. */
    private static boolean joins(int cp, int before, int after) {
        if (!isWordChar(before) || !isWordChar(after)) {
            return false;
        }
        return switch (cp) {
            case '\'', '\u2019', '-', '\u2010', '\u2011' -> true;
            case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    /** True if the character at {@code index} belongs to a word (itself a word char, or a joiner inside one). */
    static boolean inWord(String text, int index) {
        int cp = text.codePointAt(index);
        if (isWordChar(cp)) {
            return true;
        }
        int next = index + Character.charCount(cp);
        return index > 0 && next < text.length() && joins(cp, text.codePointBefore(index), text.codePointAt(next));
    }

    /** Moves {@code offset} left while the character before it belongs to a word. */
    static int wordStart(String text, int offset) {
        int s = offset;
        while (s > 0) {
            int before = s - Character.charCount(text.codePointBefore(s));
            if (!inWord(text, before)) {
                break;
            }
            s = before;
        }
        return s;
    }

    /** Moves {@code offset} right while the character at it belongs to a word. */
    static int wordEnd(String text, int offset) {
        int e = offset;
        while (e < text.length() && inWord(text, e)) {
            e += Character.charCount(text.codePointAt(e));
        }
        return e;
    }

    /** Moves {@code offset} right while the character at it does not belong to a word. */
    static int skipGapForward(String text, int offset) {
        int e = offset;
        while (e < text.length() && !inWord(text, e)) {
            e += Character.charCount(text.codePointAt(e));
        }
        return e;
    }

    /** Moves {@code offset} left while the character before it does not belong to a word. */
    static int skipGapBackward(String text, int offset) {
        int s = offset;
        while (s > 0) {
            int before = s - Character.charCount(text.codePointBefore(s));
            if (inWord(text, before)) {
                break;
            }
            s = before;
        }
        return s;
    }
}
