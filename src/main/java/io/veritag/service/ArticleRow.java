package io.veritag.service;

import io.veritag.model.ArticleStatus;

/** One line of an annotator's article overview. */
public record ArticleRow(long id, String externalId, String title, String source, ArticleStatus status, int spanCount) {
    public ArticleRow withStatus(ArticleStatus newStatus) {
        return new ArticleRow(id, externalId, title, source, newStatus, spanCount);
    }

    public ArticleRow withSpanCount(int newCount) {
        return new ArticleRow(id, externalId, title, source, status, newCount);
    }
}
