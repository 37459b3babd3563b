package io.veritag.io;

import java.util.ArrayList;
import java.util.List;

/** Splits a span at line breaks into the pieces brat can show on one line; the line breaks themselves drop out. */
final class BratFragments {
    private BratFragments() {
    }

    /** UTF-16 [start, end) pairs, in order, without empty pieces; empty if the span is only line breaks. */
    static List<int[]> of(String text, int start, int end) {
        List<int[]> fragments = new ArrayList<>(1);
        int from = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
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
}
