package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster agreement against figures worked out by hand (each test's comment shows the working). */
class ClusterAgreementTest {
    private static ClusteredClaim c(long article, int start, int end, Long cluster) {
        return new ClusteredClaim(article, start, end, cluster);
    }

    /**
     * Matched items (reference cluster, other cluster): m1 (X,P), m2 (X,Q) paired by overlap, m3 (Y,P), m4 (X,P) in
     * another article, m5 (-,Q), m6 (-,-). a7 and b8 have no partner and take no part (a7 would give Y a pair).
     * Reference over items: X={m1,m2,m4}, Y={m3}, singletons m5, m6: 3 pairs. Other: P={m1,m3,m4}, Q={m2,m5}: 4
     * pairs. Together in both: m1-m4 only. Pairwise P = 1/4, R = 1/3, F1 = 2/7.
     * B-cubed precision (shared / other's cluster): 2/3, 1/2, 1/3, 2/3, 1/2, 1 = 11/3 over 6 = 11/18; recall (shared /
     * reference cluster): 2/3, 1/3, 1, 2/3, 1, 1 = 14/3 over 6 = 7/9; F1 = 154/225.
     */
    @Test
    void pairwiseAndBCubedAsWorkedOutByHand() {
        List<ClusteredClaim> reference = List.of(
                c(1, 0, 10, 100L), c(1, 20, 30, 100L), c(1, 40, 50, 200L),
                c(2, 0, 10, 100L), c(2, 20, 30, null), c(2, 40, 50, null), c(2, 60, 70, 200L));
        List<ClusteredClaim> other = List.of(
                c(1, 0, 10, 7L), c(1, 21, 30, 8L), c(1, 40, 50, 7L),
                c(2, 0, 10, 7L), c(2, 20, 30, 8L), c(2, 40, 50, null), c(2, 80, 90, 7L));
        ClusterScores s = ClusterAgreement.compare(reference, other);
        assertThat(s.matchedClaims()).isEqualTo(6);
        assertThat(s.referenceClaims()).isEqualTo(7);
        assertThat(s.otherClaims()).isEqualTo(7);
        assertThat(List.of(s.referencePairs(), s.otherPairs(), s.sharedPairs())).containsExactly(3L, 4L, 1L);
        assertThat(s.pairwise().precision().value()).isCloseTo(0.25, within(1e-12));
        assertThat(s.pairwise().recall().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.pairwise().f1().value()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(s.bcubed().precision().value()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(s.bcubed().recall().value()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(s.bcubed().f1().value()).isCloseTo(154.0 / 225, within(1e-12));

        // swapping the roles swaps precision and recall
        ClusterScores swapped = ClusterAgreement.compare(other, reference);
        assertThat(swapped.pairwise().precision().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(swapped.bcubed().recall().value()).isCloseTo(11.0 / 18, within(1e-12));
    }

    @Test
    void theSameGroupingUnderOtherClusterIdsAgreesFully() {
        List<ClusteredClaim> reference = List.of(c(1, 0, 5, 1L), c(2, 0, 5, 1L), c(3, 0, 5, 2L), c(3, 9, 12, 2L), c(4, 0, 3, null));
        List<ClusteredClaim> other = List.of(c(1, 0, 5, 90L), c(2, 0, 5, 90L), c(3, 0, 5, 17L), c(3, 9, 12, 17L), c(4, 0, 3, null));
        ClusterScores s = ClusterAgreement.compare(reference, other);
        assertThat(s.pairwise().f1().value()).isEqualTo(1.0);
        assertThat(s.bcubed().precision().value()).isEqualTo(1.0);
        assertThat(s.bcubed().recall().value()).isEqualTo(1.0);
    }

    /** Two claims in no cluster on either side: no pair to score, but B-cubed (each claim alone in both) is 1. */
    @Test
    void noPairTogetherOnEitherSideLeavesPairwiseUndefined() {
        List<ClusteredClaim> both = List.of(c(1, 0, 5, null), c(2, 0, 5, null));
        ClusterScores s = ClusterAgreement.compare(both, both);
        assertThat(s.pairwise().precision().isDefined()).isFalse();
        assertThat(s.pairwise().precision().undefinedReason()).isEqualTo("the other annotator put no two matched claims together");
        assertThat(s.pairwise().recall().undefinedReason()).isEqualTo("the reference annotator put no two matched claims together");
        assertThat(s.pairwise().f1().isDefined()).isFalse();
        assertThat(s.bcubed().f1().value()).isEqualTo(1.0);
    }

    /**
     * Reference keeps three matched claims apart, the other puts them in one cluster: 3 pairs in the other, none in
     * the reference, none shared. Pairwise P = 0/3, R undefined. B-cubed P = 1/3 each, R = 1 each; F1 = 1/2.
     */
    @Test
    void everythingInOneClusterAgainstNothingTogether() {
        List<ClusteredClaim> reference = List.of(c(1, 0, 5, null), c(2, 0, 5, null), c(3, 0, 5, null));
        List<ClusteredClaim> other = List.of(c(1, 0, 5, 4L), c(2, 0, 5, 4L), c(3, 0, 5, 4L));
        ClusterScores s = ClusterAgreement.compare(reference, other);
        assertThat(s.pairwise().precision().value()).isZero();
        assertThat(s.pairwise().recall().isDefined()).isFalse();
        assertThat(s.pairwise().f1().undefinedReason()).isEqualTo("recall is undefined");
        assertThat(s.bcubed().precision().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.bcubed().recall().value()).isEqualTo(1.0);
        assertThat(s.bcubed().f1().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noClaimLabeledByBothIsUndefinedEverywhere() {
        ClusterScores s = ClusterAgreement.compare(List.of(c(1, 0, 5, 1L)), List.of(c(1, 6, 9, 1L), c(2, 0, 5, 1L)));
        assertThat(s.matchedClaims()).isZero();
        assertThat(List.of(s.pairwise().precision(), s.pairwise().f1(), s.bcubed().precision(), s.bcubed().f1()))
                .allSatisfy(x -> assertThat(x.undefinedReason()).isEqualTo("no claim labeled by both"));
        assertThat(ClusterAgreement.compare(List.of(), List.of()).bcubed().recall().isDefined()).isFalse();
    }
}
