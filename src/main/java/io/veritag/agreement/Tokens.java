package io.veritag.agreement;

import java.util.Arrays;

/** Token boundaries of one text (UTF-16 offsets, end-exclusive, ascending and non-overlapping). */
public final class Tokens {
    private final int[] starts;
    private final int[] ends;

    Tokens(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public int count() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** Index of the first token ending after {@code offset} (count() if none). */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first token starting at or after {@code offset} (count() if none). */
    int firstStartingAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }
}
