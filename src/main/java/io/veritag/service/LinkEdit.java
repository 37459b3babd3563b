package io.veritag.service;

import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.util.List;

/** Creates a link between two spans, or removes one; undo does the opposite with the very same row. */
final class LinkEdit implements Edit {
    private final boolean create;
    private final Span from;
    private final Span to;
    private final LinkType type;
    private Link link;

    private LinkEdit(boolean create, Span from, Span to, LinkType type, Link link) {
        this.create = create;
        this.from = from;
        this.to = to;
        this.type = type;
        this.link = link;
    }

    /** A new link between two spans as just read (the database checks they still are what they were). */
    static LinkEdit create(Span from, Span to, LinkType type) {
        return new LinkEdit(true, from, to, type, null);
    }

    static LinkEdit remove(Link link) {
        return new LinkEdit(false, null, null, link.type(), link);
    }

    @Override
    public String description() {
        return (create ? "link " : "unlink ") + type.displayName().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public SpanChange apply(Store store) {
        return create ? add(store) : drop(store);
    }

    @Override
    public SpanChange revert(Store store) {
        return create ? drop(store) : add(store);
    }

    private SpanChange add(Store store) {
        if (link == null) {
            link = store.links().insert(from, to, type);
        } else {
            store.links().restore(link);
        }
        return SpanChange.links(link.articleId(), List.of(), List.of(link), description());
    }

    private SpanChange drop(Store store) {
        if (!store.links().delete(link.id())) {
            throw new LabelingException("That link no longer exists");
        }
        return SpanChange.links(link.articleId(), List.of(link), List.of(), description());
    }
}
