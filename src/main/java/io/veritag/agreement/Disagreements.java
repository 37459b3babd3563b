package io.veritag.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies disagreements between two annotations of one text, span by span. For a span of one side: the
 * same span with the same label on the other side is {@code AGREED}; else the same extent with another
 * label is {@code LABEL}; else an overlapping span with the same label is {@code BOUNDARY}; else an
 * overlapping span with another label is {@code LABEL}; else {@code MISSING} (the other side has nothing there).
 * Among several candidates the counterpart is the one that overlaps most (then the earliest).
 */
public final class Disagreements {
    private Disagreements() {
    }

    /** One entry per span of {@code spans}, in the given order, compared with {@code others}. */
    public static List<Disagreement> classify(List<LabeledSpan> spans, List<LabeledSpan> others) {
        List<Disagreement> result = new ArrayList<>(spans.size());
        for (LabeledSpan span : spans) {
            result.add(classify(span, others));
        }
        return result;
    }

    /** Both directions: first a's spans against b, then b's spans against a. */
    public static List<Disagreement> between(List<LabeledSpan> a, List<LabeledSpan> b) {
        List<Disagreement> result = new ArrayList<>(classify(a, b));
        result.addAll(classify(b, a));
        return result;
    }

    public static Disagreement classify(LabeledSpan span, List<LabeledSpan> others) {
        LabeledSpan sameExtent = null;
        LabeledSpan sameLabel = null;
        LabeledSpan otherLabel = null;
        for (LabeledSpan other : others) {
            if (!other.overlaps(span)) {
                continue;
            }
            if (other.equals(span)) {
                return new Disagreement(Disagreement.Kind.AGREED, span, other);
            }
            if (other.sameExtent(span)) {
                sameExtent = sameExtent == null ? other : sameExtent;
            } else if (other.label().equals(span.label())) {
                sameLabel = better(span, sameLabel, other);
            } else {
                otherLabel = better(span, otherLabel, other);
            }
        }
        if (sameExtent != null) {
            return new Disagreement(Disagreement.Kind.LABEL, span, sameExtent);
        }
        if (sameLabel != null) {
            return new Disagreement(Disagreement.Kind.BOUNDARY, span, sameLabel);
        }
        if (otherLabel != null) {
            return new Disagreement(Disagreement.Kind.LABEL, span, otherLabel);
        }
        return new Disagreement(Disagreement.Kind.MISSING, span, null);
    }

    private static LabeledSpan better(LabeledSpan span, LabeledSpan current, LabeledSpan candidate) {
        return current == null || overlap(span, candidate) > overlap(span, current) ? candidate : current;
    }

    private static int overlap(LabeledSpan a, LabeledSpan b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }
}
