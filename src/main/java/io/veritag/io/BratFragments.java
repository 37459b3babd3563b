package io.veritag.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span at line breaks into the pieces brat can show on one line; the line breaks themselves drop out.
 * Besides LF, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) end a line for brat and
 * for readers built on regular expressions (DKPro Core's BratReader refuses a text field containing them).
 */
final class BratFragments {
    private BratFragments() {
    }

    /** UTF-16 [start, end) pairs, in order, without empty pieces; empty if the span is only line breaks. */
    static List<int[]> of(String text, int start, int end) {
        List<int[]> fragments = new ArrayList<>(1);
        int from = start;
        for (int i = start; i < end; i++) {
            if (isLineBreak(text.charAt(i))) {
                if (i > from) {
                    fragments.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        if (end > from) {
            fragments.add(new int[] {from, end});
        }
        return fragments;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code s} with every line break ({@link #isLineBreak}, CR too) as one space; the same string if it has none. */
    static String oneLine(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean brk = isLineBreak(c) || c == '\r';
            if (brk && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !(c == '\n' && i > 0 && s.charAt(i - 1) == '\r')) {
                out.append(brk ? ' ' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
