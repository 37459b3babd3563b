package io.veritag.model;

import java.util.Objects;

/** An article read from a file, not yet stored. The text must already be normalised. */
public record NewArticle(String externalId, String title, String source, String url, String published, String text) {
    public NewArticle {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public NewArticle withExternalId(String newExternalId) {
        return new NewArticle(newExternalId, title, source, url, published, text);
    }
}
