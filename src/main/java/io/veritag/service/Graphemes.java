package io.veritag.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-perceived character boundaries (Unicode extended grapheme clusters, the regex {@code \X}), so a
 * one-character step never splits an emoji — a surrogate pair, a flag, a ZWJ family, a skin tone — or a
 * letter and its combining marks. Java 17's {@code BreakIterator} splits flags and ZWJ sequences; {@code \X}
 * does not. Only a window around the offset is examined: starting after the last white space before it.
 */
public final class Graphemes {
    private static final Pattern CLUSTER = Pattern.compile("\\X");
    /** How far around an offset clusters are read; longer clusters than this do not occur in text. */
    private static final int WINDOW = 256;

    private Graphemes() {
    }

    /** The first boundary after {@code offset} (the text's length at the end). */
    public static int next(String text, int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        Matcher m = around(text, offset);
        while (m.find()) {
            if (m.end() > offset) {
                return m.end();
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset} (0 at the start). */
    public static int previous(String text, int offset) {
        if (offset <= 0) {
            return 0;
        }
        Matcher m = around(text, offset);
        int last = 0;
        while (m.find() && m.start() < offset) {
            last = m.start();
        }
        return last;
    }

    /** The nearest boundary at or before {@code offset}. */
    public static int floor(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        return isBoundary(text, offset) ? offset : previous(text, offset);
    }

    /** The nearest boundary at or after {@code offset}. */
    public static int ceil(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        return isBoundary(text, offset) ? offset : next(text, offset);
    }

    public static boolean isBoundary(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        Matcher m = around(text, offset);
        while (m.find()) {
            if (m.start() == offset) {
                return true;
            }
            if (m.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /** Clusters from a safe starting point before {@code offset} (after white space) to a little after it. */
    private static Matcher around(String text, int offset) {
        int from = Math.max(0, offset - WINDOW);
        for (int i = offset - 1; i > from; i--) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\n' || c == '\t') && i + 1 < offset) {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), offset + WINDOW);
        return CLUSTER.matcher(text).region(from, to);
    }
}
