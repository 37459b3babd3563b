package io.veritag.service.agreement.report;

/** One-line explanations of the measures: what each measures and how to read it. Shown on screen and in reports. */
public final class Explanations {
    public static final String PERCENT = "Share of tokens to which two annotators gave the same category (a label or O), "
            + "averaged over pairs. Inflated by the unmarked text: read it with kappa.";
    public static final String COHEN = "Cohen's kappa per pair, averaged: agreement beyond what each annotator's own "
            + "category frequencies would give by chance. 1 = perfect, 0 = chance, < 0 = worse than chance.";
    public static final String FLEISS = "Fleiss' kappa (multi-pi): all annotators at once, chance from the pooled "
            + "category frequencies. Same scale as Cohen's kappa.";
    public static final String ALPHA = "Krippendorff's alpha, nominal, every token a unit. Same scale; above 0.8 is "
            + "usually called reliable, 0.667–0.8 tentative.";
    public static final String ALPHA_U = "Krippendorff's alpha_u on the characters: compares where spans start and end "
            + "as well as their labels, against chance placements. 1 = identical spans; it can fall far below 0.";
    public static final String SPAN_EXACT = "Span F1, exact: a span counts only with the same start, end and label as "
            + "the other annotator's. Strict: a one-character boundary difference is a miss.";
    public static final String SPAN_OVERLAP = "Span F1, overlap: a span counts when it shares at least one character with "
            + "a span of the same label. Lenient: tells whether the same claims were found at all.";

    private Explanations() {
    }
}
