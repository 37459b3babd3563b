package io.veritag.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts behind the span-level measures of one ordered pair (reference a, other b), additive over texts.
 * Per label: spans of a and of b, exact matches (multiset intersection of (start, end, label)), spans of b
 * overlapping a span of a with the same label, and spans of a overlapping a span of b with the same label;
 * plus the unlabeled exact and overlap counts.
 */
public final class SpanTally {
    private final LabelSet labels;
    final long[] referenceSpans;
    final long[] otherSpans;
    final long[] exactMatches;
    final long[] otherOverlapping;
    final long[] referenceOverlapping;
    long exactUnlabeledMatches;
    long otherOverlappingUnlabeled;
    long referenceOverlappingUnlabeled;

    public SpanTally(LabelSet labels) {
        this.labels = labels;
        int n = labels.size();
        referenceSpans = new long[n];
        otherSpans = new long[n];
        exactMatches = new long[n];
        otherOverlapping = new long[n];
        referenceOverlapping = new long[n];
    }

    public void addAll(SpanTally other) {
        for (int c = 0; c < labels.size(); c++) {
            referenceSpans[c] += other.referenceSpans[c];
            otherSpans[c] += other.otherSpans[c];
            exactMatches[c] += other.exactMatches[c];
            otherOverlapping[c] += other.otherOverlapping[c];
            referenceOverlapping[c] += other.referenceOverlapping[c];
        }
        exactUnlabeledMatches += other.exactUnlabeledMatches;
        otherOverlappingUnlabeled += other.otherOverlappingUnlabeled;
        referenceOverlappingUnlabeled += other.referenceOverlappingUnlabeled;
    }

    public SpanScores scores() {
        long a = sum(referenceSpans);
        long b = sum(otherSpans);
        Map<String, SpanScores.LabelScores> perLabel = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            perLabel.put(labels.names().get(c), new SpanScores.LabelScores(
                    exact(exactMatches[c], referenceSpans[c], otherSpans[c]),
                    overlap(referenceOverlapping[c], otherOverlapping[c], referenceSpans[c], otherSpans[c])));
        }
        return new SpanScores(exact(sum(exactMatches), a, b), exact(exactUnlabeledMatches, a, b),
                overlap(sum(referenceOverlapping), sum(otherOverlapping), a, b),
                overlap(referenceOverlappingUnlabeled, otherOverlappingUnlabeled, a, b), perLabel);
    }

    /** P = TP/|b|, R = TP/|a|, F1 = 2TP/(|a|+|b|). */
    static PrecisionRecall exact(long matches, long a, long b) {
        return new PrecisionRecall(
                Score.ratio(matches, b, NO_OTHER_SPANS),
                Score.ratio(matches, a, NO_REFERENCE_SPANS),
                Score.ratio(2.0 * matches, a + b, NO_SPANS));
    }

    /**
     * P = matched b / |b|, R = matched a / |a|, F1 = 2PR/(P+R), 0 when P+R = 0. When only one side has spans,
     * nothing can match and F1 is 0 (as exact F1 is); when neither has, everything is undefined.
     */
    static PrecisionRecall overlap(long matchedReference, long matchedOther, long a, long b) {
        Score precision = Score.ratio(matchedOther, b, NO_OTHER_SPANS);
        Score recall = Score.ratio(matchedReference, a, NO_REFERENCE_SPANS);
        Score f1;
        if (a == 0 && b == 0) {
            f1 = Score.undefined(NO_SPANS);
        } else if (a == 0 || b == 0) {
            f1 = Score.of(0);
        } else {
            double p = precision.value();
            double r = recall.value();
            f1 = Score.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        return new PrecisionRecall(precision, recall, f1);
    }

    static final String NO_OTHER_SPANS = "the compared annotator has no spans here";
    static final String NO_REFERENCE_SPANS = "the reference annotator has no spans here";
    static final String NO_SPANS = "neither annotator has spans here";

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
