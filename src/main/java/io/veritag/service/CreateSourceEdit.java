package io.veritag.service;

import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.util.List;

/**
 * One step: a new source span, and a SAID_BY link to it from the statement it is the source of (if any).
 * Undo removes both (deleting the span deletes the link); redo puts the same rows back.
 */
final class CreateSourceEdit implements Edit {
    private final CreateSpanEdit create;
    private final Long statementId;
    private Link link;

    CreateSourceEdit(long articleId, long annotatorId, TextRange range, SourceType type, Long statementId) {
        this.create = new CreateSpanEdit(articleId, annotatorId, range, Label.SOURCE, type);
        this.statementId = statementId;
    }

    @Override
    public String description() {
        return statementId == null ? "create source" : "create source and link said by";
    }

    @Override
    public SpanChange apply(Store store) {
        SpanChange change = create.apply(store);
        if (statementId == null) {
            return change;
        }
        Span source = create.created();
        if (link == null) {
            link = store.links().insert(statementId, source.id(), LinkType.SAID_BY);
        } else {
            store.links().restore(link);
        }
        return new SpanChange(change.articleId(), change.removed(), change.added(), change.status(), description(),
                change.select(), List.of(), List.of(link));
    }

    @Override
    public SpanChange revert(Store store) {
        SpanChange change = create.revert(store);
        return change.withLinks(link == null ? List.of() : List.of(link), List.of());
    }
}
