package io.veritag.agreement;

import java.util.Map;

/**
 * Span-level agreement of an ordered pair (reference → other): exact and overlap matching, labeled and
 * unlabeled, and both per label (label order).
 */
public record SpanScores(PrecisionRecall exact, PrecisionRecall exactUnlabeled, PrecisionRecall overlap,
                         PrecisionRecall overlapUnlabeled, Map<String, LabelScores> perLabel) {

    /** Exact and overlap matching restricted to the spans of one label. */
    public record LabelScores(PrecisionRecall exact, PrecisionRecall overlap) {
    }
}
