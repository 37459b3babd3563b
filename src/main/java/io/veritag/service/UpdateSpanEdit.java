package io.veritag.service;

import io.veritag.model.Span;
import io.veritag.store.Store;

/** Changes a span's label, note or boundaries; undo writes the previous values back. */
final class UpdateSpanEdit implements Edit {
    private final String description;
    private final Span before;
    private final int start;
    private final int end;
    private final String label;
    private final String note;
    private Span current;

    UpdateSpanEdit(String description, Span before, int start, int end, String label, String note) {
        this.description = description;
        this.before = before;
        this.start = start;
        this.end = end;
        this.label = label;
        this.note = note;
        this.current = before;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public SpanChange apply(Store store) {
        Span after = store.spans().update(before.id(), start, end, label, note);
        SpanChange change = SpanChange.replaced(current, after, description);
        current = after;
        return change;
    }

    @Override
    public SpanChange revert(Store store) {
        Span restored = store.spans().update(before.id(), before.start(), before.end(), before.label(), before.note());
        SpanChange change = SpanChange.replaced(current, restored, description);
        current = restored;
        return change;
    }
}
