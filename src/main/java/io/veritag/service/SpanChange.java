package io.veritag.service;

import io.veritag.model.ArticleStatus;
import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.List;

/**
 * What one edit (or its undo/redo) did to one article, as committed: spans that are gone, spans that are
 * new or changed (an update is the old version removed and the new one added), and the article's status
 * for the annotator if it changed (null otherwise). Views apply this instead of reloading everything.
 *
 * @param description what the edit was, for menus and the status bar ("create CLAIM span")
 * @param select      the span a view should select after this change, or null
 * @param linksRemoved links that are gone (with a deleted span, by a relabel, or on their own)
 * @param linksAdded   links that are new or back
 */
public record SpanChange(long articleId, List<Span> removed, List<Span> added, ArticleStatus status,
                         String description, Span select, List<Link> linksRemoved, List<Link> linksAdded) {
    public SpanChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        linksRemoved = List.copyOf(linksRemoved);
        linksAdded = List.copyOf(linksAdded);
    }

    public SpanChange(long articleId, List<Span> removed, List<Span> added, ArticleStatus status,
                      String description, Span select) {
        this(articleId, removed, added, status, description, select, List.of(), List.of());
    }

    SpanChange withLinks(List<Link> gone, List<Link> back) {
        return new SpanChange(articleId, removed, added, status, description, select, gone, back);
    }

    static SpanChange links(long articleId, List<Link> gone, List<Link> back, String description) {
        return new SpanChange(articleId, List.of(), List.of(), null, description, null, gone, back);
    }

    /** A change to claim clusters only (no span or link of the article changed). */
    static SpanChange clusters(long articleId, String description) {
        return new SpanChange(articleId, List.of(), List.of(), null, description, null);
    }

    static SpanChange added(Span span, String description) {
        return new SpanChange(span.articleId(), List.of(), List.of(span), null, description, span);
    }

    static SpanChange removed(Span span, String description) {
        return new SpanChange(span.articleId(), List.of(span), List.of(), null, description, null);
    }

    static SpanChange replaced(Span before, Span after, String description) {
        return new SpanChange(after.articleId(), List.of(before), List.of(after), null, description, after);
    }

    static SpanChange status(long articleId, ArticleStatus status, String description) {
        return new SpanChange(articleId, List.of(), List.of(), status, description, null);
    }

    SpanChange withStatus(ArticleStatus newStatus) {
        return new SpanChange(articleId, removed, added, newStatus, description, select, linksRemoved, linksAdded);
    }
}
