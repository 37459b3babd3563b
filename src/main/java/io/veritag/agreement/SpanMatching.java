package io.veritag.agreement;

import java.util.List;

/**
 * Span-level comparison of two annotations of the same text: a reference a (recall is measured against
 * it) and another annotation b (precision). Also usable to compare an annotator against gold.
 */
public final class SpanMatching {
    private SpanMatching() {
    }

    /** Scores of {@code other} against {@code reference} on one text. */
    public static SpanScores compare(List<LabeledExtent> reference, List<LabeledExtent> other, LabelSet labels) {
        return tally(reference, other, labels).scores();
    }

    /** The counts of one text; add the tallies of several texts with {@link SpanTally#addAll}. */
    public static SpanTally tally(List<LabeledExtent> reference, List<LabeledExtent> other, LabelSet labels) {
        return tally(SpanPairing.Exact.of(reference, other), labels);
    }

    /**
     * The counts of one text given the exact pairing of the two lists (with their orders), which the link
     * measures reuse: its pairs are the multiset intersection of (start, end, label).
     */
    static SpanTally tally(SpanPairing.Exact exact, LabelSet labels) {
        List<LabeledExtent> reference = exact.reference();
        List<LabeledExtent> other = exact.other();
        int[] exactPartner = exact.partner();
        SpanTally tally = new SpanTally(labels);
        tally.referenceOverlappingUnlabeled =
                countSide(reference, other, labels, tally.referenceSpans, tally.referenceOverlapping);
        tally.otherOverlappingUnlabeled = countSide(other, reference, labels, tally.otherSpans, tally.otherOverlapping);
        for (int i = 0; i < exactPartner.length; i++) {
            if (exactPartner[i] >= 0) {
                tally.exactMatches[labels.indexOf(reference.get(i).label())]++;
            }
        }
        tally.exactUnlabeledMatches = exact.unlabeledCount();
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
}
