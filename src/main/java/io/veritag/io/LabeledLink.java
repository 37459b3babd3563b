package io.veritag.io;

import io.veritag.model.LinkType;
import java.util.Objects;

/** A link between two spans of one document, by their {@link LabeledSpan#key()}s. */
public record LabeledLink(LinkType type, long fromKey, long toKey) {
    public LabeledLink {
        Objects.requireNonNull(type, "type");
    }
}
