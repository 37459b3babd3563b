package io.veritag.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairs of spans between a reference annotation and another, for the measures that follow a span
 * to its partner (links, source types, flags). Only spans of the same label pair up.
 * <ul>
 *   <li>exact: same start, end and label (the matches counted by {@link SpanMatching}'s exact measures);</li>
 *   <li>overlap: the exact pairs, then among the spans left, overlapping spans of the same label, the
 *       largest shared stretch first (ties: earlier reference span, then the other span starting earlier).</li>
 * </ul>
 * The result maps each reference position to its partner's position in the other list, or -1. Lists already
 * in (start, end, label) order, as the database returns them, are not sorted again.
 */
public final class SpanPairing {
    private static final Comparator<LabeledExtent> ORDER = SpanPairing::compare;

    private static int compare(LabeledExtent x, LabeledExtent y) {
        if (x.start() != y.start()) {
            return x.start() < y.start() ? -1 : 1;
        }
        if (x.end() != y.end()) {
            return x.end() < y.end() ? -1 : 1;
        }
        return x.label() == y.label() ? 0 : x.label().compareTo(y.label());
    }

    private SpanPairing() {
    }

    public static int[] exact(List<LabeledExtent> reference, List<LabeledExtent> other) {
        checkSize(reference, other);
        return exact(reference, other, order(reference), order(other));
    }

    public static int[] overlap(List<LabeledExtent> reference, List<LabeledExtent> other) {
        checkSize(reference, other);
        int[] a = order(reference);
        int[] b = order(other);
        return overlap(reference, other, b, exact(reference, other, a, b));
    }

    /**
     * The exact pairing of two span lists with both lists' (start, end, label) order, computed once per pair of
     * annotators and shared by the span counts ({@link SpanMatching}) and the link measures ({@link LinkTally}).
     */
    record Exact(List<LabeledExtent> reference, List<LabeledExtent> other, int[] referenceOrder, int[] otherOrder,
                 int[] partner) {
        static Exact of(List<LabeledExtent> reference, List<LabeledExtent> other) {
            checkSize(reference, other);
            int[] a = order(reference);
            int[] b = order(other);
            return new Exact(reference, other, a, b, exact(reference, other, a, b));
        }

        /** The overlap pairing, grown from a copy of this one. */
        int[] overlap() {
            return SpanPairing.overlap(reference, other, otherOrder, partner.clone());
        }

        /** How many spans pair up by extent alone, labels ignored (the multiset intersection of (start, end)). */
        long unlabeledCount() {
            // (start, end, label) order is also (start, end) order
            long count = 0;
            int i = 0;
            int j = 0;
            while (i < referenceOrder.length && j < otherOrder.length) {
                LabeledExtent x = reference.get(referenceOrder[i]);
                LabeledExtent y = other.get(otherOrder[j]);
                int cmp = x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end());
                if (cmp == 0) {
                    count++;
                    i++;
                    j++;
                } else if (cmp < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return count;
        }
    }

    /** The exact pairing, given both lists' positions in (start, end, label) order ({@link #order}). */
    static int[] exact(List<LabeledExtent> reference, List<LabeledExtent> other, int[] a, int[] b) {
        int[] partner = new int[reference.size()];
        Arrays.fill(partner, -1);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int cmp = compare(reference.get(a[i]), other.get(b[j]));
            if (cmp == 0) {
                partner[a[i++]] = b[j++];
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return partner;
    }

    private static final int POSITION_BITS = 19;
    private static final int SHARED_BITS = 25; // an article holds at most 16 Mi characters

    /** Adds overlap pairs to {@code partner} (the exact pairs); {@code b} is the other list in start order. */
    static int[] overlap(List<LabeledExtent> reference, List<LabeledExtent> other, int[] b, int[] partner) {
        boolean[] taken = new boolean[other.size()];
        for (int p : partner) {
            if (p >= 0) {
                taken[p] = true;
            }
        }
        // each candidate pair packed into one long, so that ascending order is: longest shared stretch first,
        // then the earlier reference position, then the other span's rank in start order
        long[] candidates = new long[16];
        int count = 0;
        int[] reach = null;
        for (int i = 0; i < reference.size(); i++) {
            if (partner[i] >= 0) {
                continue;
            }
            LabeledExtent r = reference.get(i);
            if (reach == null) {
                reach = reach(other, b);
            }
            for (int rank = firstReaching(reach, r.start()); rank < b.length; rank++) {
                LabeledExtent o = other.get(b[rank]);
                if (o.start() >= r.end()) {
                    break;
                }
                if (!taken[b[rank]] && o.end() > r.start() && o.label().equals(r.label())) {
                    long shared = Math.min(r.end(), o.end()) - Math.max(r.start(), o.start());
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = (((1L << SHARED_BITS) - 1 - shared) << (2 * POSITION_BITS))
                            | ((long) i << POSITION_BITS) | rank;
                }
            }
        }
        sort(candidates, count);
        long mask = (1L << POSITION_BITS) - 1;
        for (int c = 0; c < count; c++) {
            int i = (int) ((candidates[c] >>> POSITION_BITS) & mask);
            int k = b[(int) (candidates[c] & mask)];
            if (partner[i] < 0 && !taken[k]) {
                partner[i] = k;
                taken[k] = true;
            }
        }
        return partner;
    }

    /** Ascending; the few candidates of a text sort faster by insertion than through {@link Arrays#sort}. */
    private static void sort(long[] values, int count) {
        if (count > 32) {
            Arrays.sort(values, 0, count);
            return;
        }
        for (int k = 1; k < count; k++) {
            long value = values[k];
            int j = k - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    /** reach[rank]: the largest end among the other's spans up to that rank in start order (never decreasing). */
    private static int[] reach(List<LabeledExtent> other, int[] b) {
        int[] reach = new int[b.length];
        int max = 0;
        for (int rank = 0; rank < b.length; rank++) {
            max = Math.max(max, other.get(b[rank]).end());
            reach[rank] = max;
        }
        return reach;
    }

    /** The first rank whose span, or an earlier one, ends after {@code start}: no span before it can overlap. */
    private static int firstReaching(int[] reach, int start) {
        int low = 0;
        int high = reach.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (reach[mid] > start) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static void checkSize(List<LabeledExtent> reference, List<LabeledExtent> other) {
        if (Math.max(reference.size(), other.size()) >= 1 << POSITION_BITS) {
            throw new IllegalArgumentException("more than " + ((1 << POSITION_BITS) - 1)
                    + " spans of one annotator in one article");
        }
    }

    /** Positions in (start, end, label) order: 0, 1, … when the list is in that order already. */
    static int[] order(List<LabeledExtent> spans) {
        int n = spans.size();
        boolean sorted = true;
        for (int k = 1; k < n && sorted; k++) {
            sorted = compare(spans.get(k - 1), spans.get(k)) <= 0;
        }
        if (sorted) {
            int[] identity = new int[n];
            for (int k = 0; k < n; k++) {
                identity[k] = k;
            }
            return identity;
        }
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = k;
        }
        Arrays.sort(boxed, (x, y) -> {
            int c = ORDER.compare(spans.get(x), spans.get(y));
            return c != 0 ? c : Integer.compare(x, y);
        });
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
