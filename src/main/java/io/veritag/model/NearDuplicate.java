package io.veritag.model;

/**
 * Two articles whose texts share most of their word shingles (the same wire story in two outlets): {@code article}
 * was imported after {@code similar}; {@code similarityPercent} is the share of shingles in common (Jaccard).
 */
public record NearDuplicate(ArticleSummary article, ArticleSummary similar, int similarityPercent) {
}
