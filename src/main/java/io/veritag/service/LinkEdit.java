package io.veritag.service;

import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.store.Store;
import java.util.List;

/** Creates a link between two spans, or removes one; undo does the opposite with the very same row. */
final class LinkEdit implements Edit {
    private final boolean create;
    private final long fromSpanId;
    private final long toSpanId;
    private final LinkType type;
    private Link link;

    private LinkEdit(boolean create, long fromSpanId, long toSpanId, LinkType type, Link link) {
        this.create = create;
        this.fromSpanId = fromSpanId;
        this.toSpanId = toSpanId;
        this.type = type;
        this.link = link;
    }

    static LinkEdit create(long fromSpanId, long toSpanId, LinkType type) {
        return new LinkEdit(true, fromSpanId, toSpanId, type, null);
    }

    static LinkEdit remove(Link link) {
        return new LinkEdit(false, link.fromSpanId(), link.toSpanId(), link.type(), link);
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
            link = store.links().insert(fromSpanId, toSpanId, type);
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
