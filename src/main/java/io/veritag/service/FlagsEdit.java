package io.veritag.service;

import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Store;

/** Changes a span's flags (unsure, a source's type); undo writes the previous ones back. */
final class FlagsEdit implements Edit {
    private final String description;
    private final Span before;
    private final SourceType sourceType;
    private final boolean unsure;
    private Span current;

    FlagsEdit(String description, Span before, SourceType sourceType, boolean unsure) {
        this.description = description;
        this.before = before;
        this.sourceType = sourceType;
        this.unsure = unsure;
        this.current = before;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public SpanChange apply(Store store) {
        Span after = store.spans().setFlags(before.id(), sourceType, unsure);
        SpanChange change = SpanChange.replaced(current, after, description);
        current = after;
        return change;
    }

    @Override
    public SpanChange revert(Store store) {
        Span after = store.spans().setFlags(before.id(), before.sourceType(), before.unsure());
        SpanChange change = SpanChange.replaced(current, after, description);
        current = after;
        return change;
    }
}
