package io.veritag.service;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterMember;
import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.List;
import io.veritag.store.Store;

/** Deletes a span (the database deletes its links with it); undo puts the very same rows back. */
final class DeleteSpanEdit implements Edit {
    private final Span span;
    private List<Link> links = List.of();
    private ClusterMember membership;
    private ClaimCluster emptied;

    DeleteSpanEdit(Span span) {
        this.span = span;
    }

    @Override
    public String description() {
        return "delete " + span.label() + " span";
    }

    @Override
    public SpanChange apply(Store store) {
        links = store.links().touching(span.id());
        membership = store.clusters().memberOf(span.id()).orElse(null);
        // a cluster that held only this span goes with it, so no empty cluster is left behind
        emptied = membership != null && store.clusters().members(membership.clusterId()).size() == 1
                ? store.clusters().get(membership.clusterId()).orElse(null) : null;
        if (emptied != null) {
            store.clusters().delete(emptied.id());
        }
        if (!store.spans().delete(span.id())) {
            throw new LabelingException("That span no longer exists");
        }
        return SpanChange.removed(span, description()).withLinks(links, List.of());
    }

    @Override
    public SpanChange revert(Store store) {
        store.spans().restore(span);
        for (Link link : links) {
            store.links().restore(link);
        }
        if (emptied != null) {
            store.clusters().restore(emptied);
        }
        if (membership != null) {
            store.clusters().restore(membership);
        }
        return SpanChange.added(span, description()).withLinks(List.of(), links);
    }
}
