package io.veritag.service;

import io.veritag.model.ArticleStatus;

/**
 * One line of an annotator's article overview; {@code alike} names the stored article this one most nearly
 * duplicates (the same story in another outlet), or is null.
 */
public record ArticleRow(long id, String externalId, String title, String source, ArticleStatus status, int spanCount,
                         AlikeArticle alike) {
    /** The other article of this one's closest near-duplicate pair: its external id, title, and percent alike. */
    public record AlikeArticle(String externalId, String title, int percent) {
    }

    public ArticleRow withStatus(ArticleStatus newStatus) {
        return new ArticleRow(id, externalId, title, source, newStatus, spanCount, alike);
    }

    public ArticleRow withSpanCount(int newCount) {
        return new ArticleRow(id, externalId, title, source, status, newCount, alike);
    }
}
