package io.veritag.model;

import java.util.Objects;

/**
 * An article read from a file, not yet stored. The text must already be normalised. {@code author} and
 * {@code sourceFile} (the name of the file it was read from, without folders) say where it came from; both may
 * be null.
 */
public record NewArticle(String externalId, String title, String source, String url, String published, String text,
                         String author, String sourceFile) {
    public NewArticle {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public NewArticle(String externalId, String title, String source, String url, String published, String text) {
        this(externalId, title, source, url, published, text, null, null);
    }

    public NewArticle withExternalId(String newExternalId) {
        return new NewArticle(newExternalId, title, source, url, published, text, author, sourceFile);
    }

    /** The same article read from {@code fileName}, unless the reader named a file already. */
    public NewArticle withSourceFile(String fileName) {
        return sourceFile != null ? this : new NewArticle(externalId, title, source, url, published, text, author, fileName);
    }
}
