package io.veritag.model;

import java.time.Instant;
import java.util.Objects;

/** A stored article. {@code text} is normalised (LF line ends, no BOM) and never changes once annotated. */
public record Article(long id, String externalId, String title, String source, String url, String published,
                      String text, String sha256, Instant importedAt) {
    public Article {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public int length() {
        return text.length();
    }
}
