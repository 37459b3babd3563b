package io.veritag.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The character continuum of Krippendorff's alpha_u: one or more texts laid end to end, in the order they
 * are added, with nothing between them. For each label and annotator it keeps the sorted units as two
 * primitive arrays (no object per character or per section).
 *
 * <p>Overlapping spans of one annotator with one label are merged into their union (every character inside
 * one of that annotator's spans of the label is unit, every other character gap); touching spans stay two
 * units, as DKPro keeps them.
 */
public final class UnitizingContinuum {
    private final LabelSet labels;
    private final int raters;
    /** [label][rater] growable arrays of unit starts and ends (exclusive), ascending and disjoint. */
    private final long[][][] starts;
    private final long[][][] ends;
    private final int[][] counts;
    private long length;
    private static final long[] NONE = new long[0];

    public UnitizingContinuum(LabelSet labels, int raters) {
        this.labels = labels;
        this.raters = raters;
        this.starts = new long[labels.size()][raters][];
        this.ends = new long[labels.size()][raters][];
        this.counts = new int[labels.size()][raters];
        for (int c = 0; c < labels.size(); c++) {
            for (int r = 0; r < raters; r++) {
                // grown on the first unit: an article's own continuum (one per article) mostly has few labels used
                starts[c][r] = NONE;
                ends[c][r] = NONE;
            }
        }
    }

    /**
     * Appends a text of {@code textLength} characters. {@code spansByAnnotator.get(r)} are annotator r's spans,
     * with offsets in the same unit as {@code textLength} and relative to the start of this text.
     */
    public void addText(long textLength, List<List<LabeledExtent>> spansByAnnotator) {
        if (spansByAnnotator.size() != raters) {
            throw new IllegalArgumentException("expected " + raters + " annotators, got " + spansByAnnotator.size());
        }
        for (int r = 0; r < raters; r++) {
            List<LabeledExtent> spans = spansByAnnotator.get(r);
            if (spans.isEmpty()) {
                continue;
            }
            List<LabeledExtent> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(LabeledExtent::start).thenComparingInt(LabeledExtent::end));
            for (LabeledExtent span : sorted) {
                if (span.end() > textLength) {
                    throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                            + ") ends after the text (" + textLength + " characters)");
                }
                append(labels.indexOf(span.label()), r, length + span.start(), length + span.end());
            }
        }
        length += textLength;
    }

    /** Appends a unit, merging it into the previous unit of the same label and annotator if they overlap. */
    private void append(int label, int rater, long start, long end) {
        int n = counts[label][rater];
        long[] s = starts[label][rater];
        long[] e = ends[label][rater];
        if (n > 0 && start < e[n - 1]) {
            e[n - 1] = Math.max(e[n - 1], end);
            return;
        }
        if (n == s.length) {
            int grown = Math.max(8, n * 2);
            starts[label][rater] = s = Arrays.copyOf(s, grown);
            ends[label][rater] = e = Arrays.copyOf(e, grown);
        }
        s[n] = start;
        e[n] = end;
        counts[label][rater] = n + 1;
    }

    public long length() {
        return length;
    }

    public int raters() {
        return raters;
    }

    public LabelSet labels() {
        return labels;
    }

    /** Units of one label and annotator after merging, as [start, end) pairs (for tests and views). */
    public long[][] units(String label, int rater) {
        int c = labels.indexOf(label);
        int n = counts[c][rater];
        return new long[][] {Arrays.copyOf(starts[c][rater], n), Arrays.copyOf(ends[c][rater], n)};
    }

    int count(int label, int rater) {
        return counts[label][rater];
    }

    long[] starts(int label, int rater) {
        return starts[label][rater];
    }

    long[] ends(int label, int rater) {
        return ends[label][rater];
    }
}
