package io.veritag.service.agreement.report;

/** One-line explanations of the measures: what each measures and how to read it. Shown on screen and in reports. */
public final class Explanations {
    public static final String PERCENT = "Share of tokens two annotators gave the same category (a label or O), mean of "
            + "pairs. Inflated by unmarked text.";
    public static final String COHEN = "Agreement beyond chance, per pair, averaged. 1 = perfect, 0 = chance level, "
            + "below 0 = worse than chance.";
    public static final String FLEISS = "All annotators at once, chance from the pooled category shares (multi-pi). "
            + "Same scale as kappa.";
    public static final String ALPHA = "Tokens as units, nominal. Same scale: 0.8 or more is reliable, 0.667 to 0.8 "
            + "tentative, below: revise the guidelines.";
    public static final String ALPHA_U = "Characters: where spans start and end, and their labels, against chance. "
            + "1 = identical spans; can fall far below 0.";
    public static final String SPAN_EXACT = "Span F1, exact: a span counts only with the same start, end and label as "
            + "the other annotator's. Strict: a one-character boundary difference is a miss.";
    public static final String SPAN_OVERLAP = "Span F1, overlap: a span counts when it shares at least one character with "
            + "a span of the same label. Lenient: tells whether the same claims were found at all.";
    public static final String LINKS = "Link F1: a link agrees when both its ends are paired with the ends of the other "
            + "annotator's link of the same type (pairs: same span exactly, or one-to-one by largest overlap, same label). "
            + "Source types and unsure flags are compared on the same pairs.";

    private Explanations() {
    }
}
