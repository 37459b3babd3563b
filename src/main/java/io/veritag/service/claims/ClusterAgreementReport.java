package io.veritag.service.claims;

import io.veritag.agreement.ClusterAgreement;
import io.veritag.agreement.ClusterScores;
import io.veritag.agreement.ClusteredClaim;
import io.veritag.model.Annotator;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cluster agreement for every two annotators who labeled claims ({@code veritag claims --agreement}, the claims
 * view): the claims both labeled are paired in each article as span agreement pairs them, and their clusters are
 * compared ({@link ClusterAgreement}). The first annotator by name is the reference.
 */
public final class ClusterAgreementReport {
    private final Store store;

    public ClusterAgreementReport(Store store) {
        this.store = store;
    }

    /** One pair of annotators and their scores. */
    public record Pair(String reference, String other, ClusterScores scores) {
    }

    /** Every two of these annotators, by name; an annotator with no claim takes part (and scores undefined). */
    public List<Pair> pairs(List<Annotator> annotators) {
        return pairs(annotators, article -> true);
    }

    /** The same over the claims in the articles {@code articles} accepts (the articles the agreement window compares). */
    public List<Pair> pairs(List<Annotator> annotators, java.util.function.LongPredicate articles) {
        List<Annotator> sorted = annotators.stream().sorted(Comparator.comparing(Annotator::name)).toList();
        List<List<ClusteredClaim>> claims = new ArrayList<>();
        for (Annotator a : sorted) {
            claims.add(claimsOf(a).stream().filter(c -> articles.test(c.articleId())).toList());
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(new Pair(sorted.get(i).name(), sorted.get(j).name(), ClusterAgreement.compare(claims.get(i), claims.get(j))));
            }
        }
        return pairs;
    }

    private List<ClusteredClaim> claimsOf(Annotator annotator) {
        return store.clusters().claimPlaces(annotator.id()).stream()
                .map(p -> new ClusteredClaim(p.articleId(), p.start(), p.end(), p.clusterId())).toList();
    }
}
