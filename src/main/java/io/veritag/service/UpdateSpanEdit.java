package io.veritag.service;

import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.List;
import io.veritag.store.Store;

/**
 * Changes a span's label, note or boundaries; undo writes the previous values back. A new label that a link
 * of the span does not allow removes that link (the database would refuse the relabel otherwise); undo
 * brings it back.
 */
final class UpdateSpanEdit implements Edit {
    private final String description;
    private final Span before;
    private final int start;
    private final int end;
    private final String label;
    private final String note;
    private Span current;
    private List<Link> dropped = List.of();

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
        dropped = List.of();
        if (!label.equals(before.label())) {
            dropped = broken(store);
            for (Link link : dropped) {
                store.links().delete(link.id());
            }
        }
        Span after = store.spans().update(before.id(), start, end, label, note);
        SpanChange change = SpanChange.replaced(current, after, description).withLinks(dropped, List.of());
        current = after;
        return change;
    }

    @Override
    public SpanChange revert(Store store) {
        Span restored = store.spans().update(before.id(), before.start(), before.end(), before.label(), before.note());
        for (Link link : dropped) {
            store.links().restore(link);
        }
        SpanChange change = SpanChange.replaced(current, restored, description).withLinks(List.of(), dropped);
        current = restored;
        return change;
    }

    /** The span's links that the new label does not allow. */
    private List<Link> broken(Store store) {
        List<Link> links = new ArrayList<>();
        for (Link link : store.links().touching(before.id())) {
            String fromLabel = link.fromSpanId() == before.id() ? label : store.spans().get(link.fromSpanId()).orElseThrow().label();
            String toLabel = link.toSpanId() == before.id() ? label : store.spans().get(link.toSpanId()).orElseThrow().label();
            if (!link.type().allows(fromLabel, toLabel)) {
                links.add(link);
            }
        }
        return links;
    }
}
