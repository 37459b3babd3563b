package io.veritag.agreement;

/**
 * How one span of an annotation compares with another annotation of the same text.
 *
 * @param span        the span being classified
 * @param counterpart the other annotation's span it was compared with, or null when {@link Kind#MISSING}
 */
public record Disagreement(Kind kind, LabeledExtent span, LabeledExtent counterpart) {

    /** From agreement to the most serious disagreement. */
    public enum Kind {
        /** the other annotation has the same span with the same label */
        AGREED,
        /** the other annotation marks an overlapping stretch with the same label but other boundaries */
        BOUNDARY,
        /** the other annotation marks an overlapping stretch with a different label */
        LABEL,
        /** the other annotation marks nothing that overlaps */
        MISSING;

        public String description() {
            return switch (this) {
                case AGREED -> "agreed";
                case BOUNDARY -> "boundary";
                case LABEL -> "label";
                case MISSING -> "missing";
            };
        }
    }

    public boolean isDisagreement() {
        return kind != Kind.AGREED;
    }
}
