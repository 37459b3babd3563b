package io.veritag.model.gold;

/** How the chosen annotators' spans in one group differ. */
public enum DisagreementKind {
    /** Every chosen annotator has exactly this span: pre-accepted into gold. */
    UNANIMOUS("unanimous"),
    /** One version, but some annotators do not have it. */
    MISSING("missing"),
    /** Overlapping spans with the same label and different extents. */
    BOUNDARY("boundary"),
    /** Spans with the same extent and different labels. */
    LABEL("label"),
    /** Overlapping spans that differ in both extent and label. */
    BOUNDARY_AND_LABEL("boundary + label");

    private final String text;

    DisagreementKind(String text) {
        this.text = text;
    }

    /** Lower-case words for screens and command-line output. */
    public String text() {
        return text;
    }
}
