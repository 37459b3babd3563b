package io.veritag.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Span-level comparison of two annotations of the same text: a reference a (recall is measured against
 * it) and another annotation b (precision). Also usable to compare an annotator against gold.
 */
public final class SpanMatching {
    private static final Comparator<LabeledSpan> BY_EXTENT =
            Comparator.comparingInt(LabeledSpan::start).thenComparingInt(LabeledSpan::end);

    private SpanMatching() {
    }

    /** Scores of {@code other} against {@code reference} on one text. */
    public static SpanScores compare(List<LabeledSpan> reference, List<LabeledSpan> other, LabelSet labels) {
        return tally(reference, other, labels).scores();
    }

    /** The counts of one text; add the tallies of several texts with {@link SpanTally#addAll}. */
    public static SpanTally tally(List<LabeledSpan> reference, List<LabeledSpan> other, LabelSet labels) {
        SpanTally tally = new SpanTally(labels);
        for (LabeledSpan span : reference) {
            int c = labels.indexOf(span.label());
            tally.referenceSpans[c]++;
            if (overlapsAny(span, other, true)) {
                tally.referenceOverlapping[c]++;
            }
            if (overlapsAny(span, other, false)) {
                tally.referenceOverlappingUnlabeled++;
            }
        }
        for (LabeledSpan span : other) {
            int c = labels.indexOf(span.label());
            tally.otherSpans[c]++;
            if (overlapsAny(span, reference, true)) {
                tally.otherOverlapping[c]++;
            }
            if (overlapsAny(span, reference, false)) {
                tally.otherOverlappingUnlabeled++;
            }
        }
        countExact(reference, other, labels, tally);
        return tally;
    }

    private static boolean overlapsAny(LabeledSpan span, List<LabeledSpan> candidates, boolean sameLabel) {
        for (LabeledSpan candidate : candidates) {
            if (candidate.overlaps(span) && (!sameLabel || candidate.label().equals(span.label()))) {
                return true;
            }
        }
        return false;
    }

    /** Multiset intersections: by (start, end, label) per label, and by (start, end) unlabeled. */
    private static void countExact(List<LabeledSpan> reference, List<LabeledSpan> other, LabelSet labels,
                                   SpanTally tally) {
        if (reference.isEmpty() || other.isEmpty()) {
            return;
        }
        Comparator<LabeledSpan> byLabel = BY_EXTENT.thenComparingInt(s -> labels.indexOf(s.label()));
        List<LabeledSpan> a = new ArrayList<>(reference);
        List<LabeledSpan> b = new ArrayList<>(other);
        a.sort(byLabel);
        b.sort(byLabel);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int cmp = byLabel.compare(a.get(i), b.get(j));
            if (cmp == 0) {
                tally.exactMatches[labels.indexOf(a.get(i).label())]++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        // the same order is also sorted by extent alone
        i = 0;
        j = 0;
        while (i < a.size() && j < b.size()) {
            int cmp = BY_EXTENT.compare(a.get(i), b.get(j));
            if (cmp == 0) {
                tally.exactUnlabeledMatches++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
    }
}
