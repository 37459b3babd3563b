package io.veritag.agreement;

import java.util.Map;

/**
 * Link-level agreement of an ordered pair (reference → other), over span pairs matched exactly and by
 * overlap (see {@link SpanPairing}): link precision, recall and F1 over all types and per link type, and
 * agreement on the source type of matched source spans and on the unsure flag of matched spans.
 */
public record LinkScores(Matched exact, Matched overlap) {

    /** The measures for one way of matching spans. */
    public record Matched(PrecisionRecall links, Map<String, PrecisionRecall> perType, PairedCategories sourceTypes,
                          PairedCategories unsure) {
    }
}
