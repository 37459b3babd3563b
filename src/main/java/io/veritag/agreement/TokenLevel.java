package io.veritag.agreement;

import java.util.Map;

/**
 * Token-level measures. Maps are keyed by pair ("a|b", first annotator before second in name order) and
 * iterate in pair order.
 */
public record TokenLevel(long tokens, Score percentAgreement, Map<String, Score> percentAgreementPairs,
                         Map<String, Score> cohenKappaPairs, Score cohenKappaMeanPairwise, Score fleissKappa,
                         Score krippendorffAlphaNominal, Map<String, ConfusionMatrix> confusion) {
}
