package io.veritag.model.suggest;

/** Where a span (or gold span) is and its label, without its text: what tells whether a labeled text changed. */
public record SpanPlace(long articleId, int start, int end, String label) {
}
