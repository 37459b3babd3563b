package io.veritag.agreement;

/**
 * Cluster agreement of two annotators ({@link ClusterAgreement}): how many claims each labeled, how many were
 * matched between them, the same-cluster pairs among the matched claims in the reference, in the other and in
 * both, and the pairwise and B-cubed precision, recall and F1 (the reference as key).
 */
public record ClusterScores(int referenceClaims, int otherClaims, int matchedClaims, long referencePairs,
                            long otherPairs, long sharedPairs, PrecisionRecall pairwise, PrecisionRecall bcubed) {
}
