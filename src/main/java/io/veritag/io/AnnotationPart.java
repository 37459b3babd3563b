package io.veritag.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an annotation holds beyond its offsets, label and note, which some formats cannot write. Each format says which
 * it cannot carry ({@link DatasetFormat#cannotCarry()}); the manifest lists them ({@code cannot_carry}) and counts
 * what an export left out for that reason.
 */
public enum AnnotationPart {
    LINKS(Adjustment.LINKS_NOT_CARRIED),
    SOURCE_TYPES(Adjustment.SOURCE_TYPES_NOT_CARRIED),
    UNSURE_FLAGS(Adjustment.UNSURE_FLAGS_NOT_CARRIED);

    private final Adjustment leftOut;

    AnnotationPart(Adjustment leftOut) {
        this.leftOut = leftOut;
    }

    /** How an export counts what it left out because its format cannot carry this. */
    public Adjustment leftOut() {
        return leftOut;
    }

    /** The manifest's key, e.g. {@code source_types}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The manifest keys of {@code parts}, in declaration order. */
    public static List<String> keys(Set<AnnotationPart> parts) {
        return java.util.Arrays.stream(values()).filter(parts::contains).map(AnnotationPart::key).toList();
    }

    /** How many of this part {@code document} holds. */
    public int count(AnnotatedDocument document) {
        return switch (this) {
            case LINKS -> document.links().size();
            case SOURCE_TYPES -> (int) document.spans().stream().filter(s -> s.sourceType() != null).count();
            case UNSURE_FLAGS -> (int) document.spans().stream().filter(LabeledSpan::unsure).count();
        };
    }
}
