package io.veritag.io;

import io.veritag.model.TextOffsets;
import java.util.Objects;

/**
 * An article as a dataset file sees it: its external id (the id used in every file), metadata, and its
 * normalised text with the one {@link TextOffsets} built for that text.
 */
public record ArticleData(String externalId, String title, String source, String url, String published, String text,
                          TextOffsets offsets) {
    public ArticleData {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
    }

    public static ArticleData of(String externalId, String title, String source, String url, String published, String text) {
        return new ArticleData(externalId, title, source, url, published, text, TextOffsets.of(text));
    }
}
