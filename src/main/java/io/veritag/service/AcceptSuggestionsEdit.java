package io.veritag.service;

import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.store.Store;
import io.veritag.suggest.Suggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepts one or more suggestions at once (one undo step): each becomes the annotator's span, with its
 * recommender recorded as the span's origin. A redo restores the same rows and origins.
 */
final class AcceptSuggestionsEdit implements Edit {
    private final long articleId;
    private final long annotatorId;
    private final List<Suggestion> suggestions;
    private List<Span> created;

    AcceptSuggestionsEdit(long articleId, long annotatorId, List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            throw new IllegalArgumentException("nothing to accept");
        }
        this.articleId = articleId;
        this.annotatorId = annotatorId;
        this.suggestions = List.copyOf(suggestions);
    }

    @Override
    public String description() {
        return suggestions.size() == 1
                ? "accept " + suggestions.get(0).label() + " suggestion"
                : "accept " + suggestions.size() + " suggestions";
    }

    @Override
    public SpanChange apply(Store store) {
        if (created == null) {
            List<Span> spans = new ArrayList<>();
            for (Suggestion s : suggestions) {
                Span span = store.spans().insert(articleId, annotatorId, s.start(), s.end(), s.label(), null);
                store.suggestions().setOrigin(span.id(), s.recommender());
                spans.add(span);
            }
            created = List.copyOf(spans);
        } else {
            for (int i = 0; i < created.size(); i++) {
                store.spans().restore(created.get(i));
                store.suggestions().setOrigin(created.get(i).id(), suggestions.get(i).recommender());
            }
        }
        SpanChange change = new SpanChange(articleId, List.of(), created, null, description(), created.get(created.size() - 1));
        if (store.statuses().get(articleId, annotatorId) == ArticleStatus.TODO) {
            store.statuses().set(articleId, annotatorId, ArticleStatus.IN_PROGRESS);
            change = change.withStatus(ArticleStatus.IN_PROGRESS);
        }
        return change;
    }

    @Override
    public SpanChange revert(Store store) {
        for (Span span : created) {
            store.spans().delete(span.id()); // the origin row goes with it (ON DELETE CASCADE)
        }
        return new SpanChange(articleId, created, List.of(), null, description(), null);
    }
}
