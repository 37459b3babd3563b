package io.veritag.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far two annotators grouped the same claims into the same clusters. Only claims both labeled count: in each
 * article the CLAIM spans are paired one to one as {@link SpanPairing#overlap} pairs them (exact first, then the
 * largest shared stretch), and each pair is one item. A claim in no cluster is a cluster of its own. The
 * reference annotator's clustering is the key, the other's the response:
 * <ul>
 *   <li>pairwise: over every two items, precision = pairs together in both / pairs together in the response,
 *       recall = pairs together in both / pairs together in the reference;</li>
 *   <li>B-cubed (Bagga and Baldwin 1998): per item, the share of its response cluster that is also in its
 *       reference cluster (precision) and the reverse (recall), averaged over the items.</li>
 * </ul>
 * Clusters are seen only through the matched items: a claim the other annotator did not label takes no part.
 */
public final class ClusterAgreement {
    private ClusterAgreement() {
    }

    public static ClusterScores compare(List<ClusteredClaim> reference, List<ClusteredClaim> other) {
        Map<Long, List<ClusteredClaim>> refByArticle = byArticle(reference);
        Map<Long, List<ClusteredClaim>> otherByArticle = byArticle(other);
        // every matched item as (reference cluster key, other cluster key); unclustered claims get a key of their own
        List<Object> refKeys = new ArrayList<>();
        List<Object> otherKeys = new ArrayList<>();
        for (Map.Entry<Long, List<ClusteredClaim>> article : refByArticle.entrySet()) {
            List<ClusteredClaim> r = article.getValue();
            List<ClusteredClaim> o = otherByArticle.getOrDefault(article.getKey(), List.of());
            int[] partner = SpanPairing.overlap(extents(r), extents(o));
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] >= 0) {
                    refKeys.add(key(r.get(i)));
                    otherKeys.add(key(o.get(partner[i])));
                }
            }
        }
        int items = refKeys.size();
        if (items == 0) {
            Score none = Score.undefined("no claim labeled by both");
            PrecisionRecall undefined = new PrecisionRecall(none, none, none);
            return new ClusterScores(reference.size(), other.size(), 0, 0, 0, 0, undefined, undefined);
        }
        Map<Object, Integer> refSizes = new HashMap<>();
        Map<Object, Integer> otherSizes = new HashMap<>();
        Map<List<Object>, Integer> bothSizes = new HashMap<>();
        for (int m = 0; m < items; m++) {
            refSizes.merge(refKeys.get(m), 1, Integer::sum);
            otherSizes.merge(otherKeys.get(m), 1, Integer::sum);
            bothSizes.merge(List.of(refKeys.get(m), otherKeys.get(m)), 1, Integer::sum);
        }
        long refPairs = pairs(refSizes);
        long otherPairs = pairs(otherSizes);
        long sharedPairs = pairs(bothSizes);
        Score pairPrecision = Score.ratio(sharedPairs, otherPairs, "the other annotator put no two matched claims together");
        Score pairRecall = Score.ratio(sharedPairs, refPairs, "the reference annotator put no two matched claims together");
        PrecisionRecall pairwise = new PrecisionRecall(pairPrecision, pairRecall, f1(pairPrecision, pairRecall));

        double precisionSum = 0;
        double recallSum = 0;
        for (int m = 0; m < items; m++) {
            double shared = bothSizes.get(List.of(refKeys.get(m), otherKeys.get(m)));
            precisionSum += shared / otherSizes.get(otherKeys.get(m));
            recallSum += shared / refSizes.get(refKeys.get(m));
        }
        Score bPrecision = Score.of(precisionSum / items);
        Score bRecall = Score.of(recallSum / items);
        PrecisionRecall bcubed = new PrecisionRecall(bPrecision, bRecall, f1(bPrecision, bRecall));
        return new ClusterScores(reference.size(), other.size(), items, refPairs, otherPairs, sharedPairs, pairwise, bcubed);
    }

    private static Score f1(Score precision, Score recall) {
        if (!precision.isDefined() || !recall.isDefined()) {
            return Score.undefined(!precision.isDefined() ? "precision is undefined" : "recall is undefined");
        }
        double p = precision.value();
        double r = recall.value();
        return p + r == 0 ? Score.of(0) : Score.of(2 * p * r / (p + r));
    }

    /** Unordered pairs inside the groups: the sum of n(n-1)/2. */
    private static long pairs(Map<?, Integer> sizes) {
        long pairs = 0;
        for (int n : sizes.values()) {
            pairs += (long) n * (n - 1) / 2;
        }
        return pairs;
    }

    private static Object key(ClusteredClaim claim) {
        return claim.cluster() != null ? claim.cluster() : new Object(); // a cluster of its own, equal to nothing else
    }

    private static Map<Long, List<ClusteredClaim>> byArticle(List<ClusteredClaim> claims) {
        Map<Long, List<ClusteredClaim>> by = new TreeMap<>();
        for (ClusteredClaim c : claims) {
            by.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
        }
        return by;
    }

    private static List<LabeledExtent> extents(List<ClusteredClaim> claims) {
        List<LabeledExtent> extents = new ArrayList<>(claims.size());
        for (ClusteredClaim c : claims) {
            extents.add(new LabeledExtent(c.start(), c.end(), "CLAIM"));
        }
        return extents;
    }
}
