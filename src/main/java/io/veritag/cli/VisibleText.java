package io.veritag.cli;

/**
 * What may reach a terminal. Titles, notes, ids and names come from files nobody here wrote: an ESC sequence
 * in them could recolour or rewrite the screen, set the window title or ring the bell, a bidi override could
 * make a line read differently from what it holds. Such characters are shown as Java-style {@code \}{@code
 * uXXXX} escapes. Line feeds and tabs stay (the program's own layout uses them); a CR is kept only as part of
 * CRLF.
 */
final class VisibleText {
    private VisibleText() {
    }

    /** True for characters shown escaped: controls (C0 but LF/TAB, DEL, C1), bidi and line/paragraph separators, lone surrogates. */
    static boolean hidden(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F // Arabic letter mark, LRM, RLM
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0x2028 || c == 0x2029
                || c == 0xFEFF;
    }

    /** {@code s} with every {@link #hidden} character (and every lone surrogate) written as {@code \}{@code uXXXX}. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = hidden(c) || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n') || loneSurrogate(s, i);
            if (escape && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (escape) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean loneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
