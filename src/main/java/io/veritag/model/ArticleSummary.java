package io.veritag.model;

/** One row of the article list: what a listing needs, without the text. */
public record ArticleSummary(long id, String externalId, String title, String source, int length) {
}
