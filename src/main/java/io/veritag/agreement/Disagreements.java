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
    public static List<Disagreement> classify(List<LabeledExtent> spans, List<LabeledExtent> others) {
        List<Disagreement> result = new ArrayList<>(spans.size());
        for (LabeledExtent span : spans) {
            result.add(classify(span, others));
        }
        return result;
    }

    /** Both directions: first a's spans against b, then b's spans against a. */
    public static List<Disagreement> between(List<LabeledExtent> a, List<LabeledExtent> b) {
        List<Disagreement> result = new ArrayList<>(classify(a, b));
        result.addAll(classify(b, a));
        return result;
    }

    public static Disagreement classify(LabeledExtent span, List<LabeledExtent> others) {
        LabeledExtent sameExtent = null;
        LabeledExtent sameLabel = null;
        LabeledExtent otherLabel = null;
        for (LabeledExtent other : others) {
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

    private static LabeledExtent better(LabeledExtent span, LabeledExtent current, LabeledExtent candidate) {
        return current == null || overlap(span, candidate) > overlap(span, current) ? candidate : current;
    }

    private static int overlap(LabeledExtent a, LabeledExtent b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }
}
