package io.veritag.service;

import io.veritag.model.Span;
import io.veritag.store.Store;

/** Deletes a span; undo puts the very same row back. */
final class DeleteSpanEdit implements Edit {
    private final Span span;

    DeleteSpanEdit(Span span) {
        this.span = span;
    }

    @Override
    public String description() {
        return "delete " + span.label() + " span";
    }

    @Override
    public SpanChange apply(Store store) {
        if (!store.spans().delete(span.id())) {
            throw new LabelingException("That span no longer exists");
        }
        return SpanChange.removed(span, description());
    }

    @Override
    public SpanChange revert(Store store) {
        store.spans().restore(span);
        return SpanChange.added(span, description());
    }
}
