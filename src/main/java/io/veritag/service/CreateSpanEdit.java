package io.veritag.service;

import io.veritag.model.ArticleStatus;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Store;

/**
 * Creates a span. The first apply inserts a new row; a redo after undo restores that same row (same id and
 * timestamps). A first span on a to-do article also moves the article to in progress (not undone: the
 * annotator has started on it).
 */
final class CreateSpanEdit implements Edit {
    private final long articleId;
    private final long annotatorId;
    private final TextRange range;
    private final String label;
    private final SourceType sourceType;
    private Span created;

    CreateSpanEdit(long articleId, long annotatorId, TextRange range, String label) {
        this(articleId, annotatorId, range, label, null);
    }

    /** @param sourceType the type of a SOURCE span, null for the other labels */
    CreateSpanEdit(long articleId, long annotatorId, TextRange range, String label, SourceType sourceType) {
        this.articleId = articleId;
        this.annotatorId = annotatorId;
        this.range = range;
        this.label = label;
        this.sourceType = sourceType;
    }

    @Override
    public String description() {
        return "create " + label + " span";
    }

    @Override
    public SpanChange apply(Store store) {
        if (created == null) {
            Integer guideline = store.guidelines().current(label).map(g -> g.version()).orElse(null);
            created = store.spans().insert(articleId, annotatorId, range.start(), range.end(), label, null, sourceType, guideline);
        } else {
            store.spans().restore(created);
        }
        SpanChange change = SpanChange.added(created, description());
        if (store.statuses().get(articleId, annotatorId) == ArticleStatus.TODO) {
            store.statuses().set(articleId, annotatorId, ArticleStatus.IN_PROGRESS);
            change = change.withStatus(ArticleStatus.IN_PROGRESS);
        }
        return change;
    }

    @Override
    public SpanChange revert(Store store) {
        store.spans().delete(created.id());
        return SpanChange.removed(created, description());
    }

    Span created() {
        return created;
    }
}
