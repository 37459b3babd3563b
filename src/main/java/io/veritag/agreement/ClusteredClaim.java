package io.veritag.agreement;

/**
 * One CLAIM span of one annotator in one article, with the cluster it is in ({@code null}: in no cluster, a
 * cluster of its own). Cluster keys are the annotator's own: they are compared only within one annotator.
 */
public record ClusteredClaim(long articleId, int start, int end, Long cluster) {
    public ClusteredClaim {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad extent " + start + ".." + end);
        }
    }
}
