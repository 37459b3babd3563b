package io.veritag.service.dataset;

import java.util.List;

/**
 * Which spans an export takes: the adjudicated gold layer, or annotators' own layers (by name; none named
 * means everyone). The export service turns it into the matching span source.
 */
public record ExportLayer(boolean gold, List<String> annotators) {
    /** The adjudicated gold layer, exported as annotator {@code gold}. */
    public static final ExportLayer GOLD = new ExportLayer(true, List.of());

    public ExportLayer {
        annotators = List.copyOf(annotators);
        if (gold && !annotators.isEmpty()) {
            throw new IllegalArgumentException("the gold layer is one layer of its own: it cannot be combined with annotators");
        }
    }

    /** These annotators' layers; an empty list for every annotator. */
    public static ExportLayer annotators(List<String> names) {
        return new ExportLayer(false, names);
    }
}
