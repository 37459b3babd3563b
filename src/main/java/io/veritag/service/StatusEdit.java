package io.veritag.service;

import io.veritag.model.ArticleStatus;
import io.veritag.store.Store;

/** Sets one annotator's status of one article; undo sets the previous status back. */
final class StatusEdit implements Edit {
    private final long articleId;
    private final long annotatorId;
    private final ArticleStatus before;
    private final ArticleStatus after;

    StatusEdit(long articleId, long annotatorId, ArticleStatus before, ArticleStatus after) {
        this.articleId = articleId;
        this.annotatorId = annotatorId;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return "mark " + after.key().replace('_', ' ');
    }

    @Override
    public SpanChange apply(Store store) {
        store.statuses().set(articleId, annotatorId, after);
        return SpanChange.status(articleId, after, description());
    }

    @Override
    public SpanChange revert(Store store) {
        store.statuses().set(articleId, annotatorId, before);
        return SpanChange.status(articleId, before, description());
    }
}
