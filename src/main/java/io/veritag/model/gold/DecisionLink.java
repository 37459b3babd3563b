package io.veritag.model.gold;

import io.veritag.model.LinkType;
import java.util.Objects;

/**
 * An annotator link as it was when a link decision was taken over it, its ends by offsets and label.
 * {@code chosen} marks the links that proposed the gold link.
 */
public record DecisionLink(long linkId, long annotatorId, String annotatorName, LinkType type, long fromSpanId,
                           LabeledRange from, long toSpanId, LabeledRange to, boolean chosen) {
    public DecisionLink {
        Objects.requireNonNull(annotatorName, "annotatorName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
