package io.veritag.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Span-level comparison of two annotations of the same text: a reference a (recall is measured against
 * it) and another annotation b (precision). Also usable to compare an annotator against gold.
 */
public final class SpanMatching {
    private static final Comparator<LabeledExtent> BY_EXTENT =
            Comparator.comparingInt(LabeledExtent::start).thenComparingInt(LabeledExtent::end);

    private SpanMatching() {
    }

    /** Scores of {@code other} against {@code reference} on one text. */
    public static SpanScores compare(List<LabeledExtent> reference, List<LabeledExtent> other, LabelSet labels) {
        return tally(reference, other, labels).scores();
    }

    /** The counts of one text; add the tallies of several texts with {@link SpanTally#addAll}. */
    public static SpanTally tally(List<LabeledExtent> reference, List<LabeledExtent> other, LabelSet labels) {
        SpanTally tally = new SpanTally(labels);
        tally.referenceOverlappingUnlabeled =
                countSide(reference, other, labels, tally.referenceSpans, tally.referenceOverlapping);
        tally.otherOverlappingUnlabeled = countSide(other, reference, labels, tally.otherSpans, tally.otherOverlapping);
        countExact(reference, other, labels, tally);
        return tally;
    }

    /**
     * Counts one side's spans per label and those overlapping a span of the other side with the same label;
     * returns how many overlap any span of the other side.
     */
    private static long countSide(List<LabeledExtent> spans, List<LabeledExtent> others, LabelSet labels, long[] counts,
                                  long[] overlapping) {
        long overlappingUnlabeled = 0;
        for (LabeledExtent span : spans) {
            int c = labels.indexOf(span.label());
            counts[c]++;
            if (overlapsAny(span, others, true)) {
                overlapping[c]++;
            }
            if (overlapsAny(span, others, false)) {
                overlappingUnlabeled++;
            }
        }
        return overlappingUnlabeled;
    }

    private static boolean overlapsAny(LabeledExtent span, List<LabeledExtent> candidates, boolean sameLabel) {
        for (LabeledExtent candidate : candidates) {
            if (candidate.overlaps(span) && (!sameLabel || candidate.label().equals(span.label()))) {
                return true;
            }
        }
        return false;
    }

    /** Multiset intersections: by (start, end, label) per label, and by (start, end) unlabeled. */
    private static void countExact(List<LabeledExtent> reference, List<LabeledExtent> other, LabelSet labels,
                                   SpanTally tally) {
        if (reference.isEmpty() || other.isEmpty()) {
            return;
        }
        Comparator<LabeledExtent> byLabel = BY_EXTENT.thenComparingInt(s -> labels.indexOf(s.label()));
        List<LabeledExtent> a = new ArrayList<>(reference);
        List<LabeledExtent> b = new ArrayList<>(other);
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
