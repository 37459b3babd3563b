package io.veritag.agreement;

import io.veritag.model.LinkType;
import java.util.Objects;

/**
 * A link between two spans of one annotator, as the measures see it: {@code from} and {@code to} are positions
 * in that annotator's span list of the same {@link ArticleAnnotations}.
 */
public record ExtentLink(int from, int to, LinkType type) {
    public ExtentLink {
        Objects.requireNonNull(type, "type");
        if (from < 0 || to < 0 || from == to) {
            throw new IllegalArgumentException("a link joins two different spans, got " + from + " -> " + to);
        }
    }
}
