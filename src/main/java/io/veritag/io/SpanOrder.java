package io.veritag.io;

import java.util.Comparator;

/** The one order spans are written and read in: start, end, label, note. Keeps files deterministic. */
public final class SpanOrder {
    public static final Comparator<LabeledSpan> COMPARATOR = Comparator.comparingInt(LabeledSpan::start)
            .thenComparingInt(LabeledSpan::end)
            .thenComparing(LabeledSpan::label)
            .thenComparing(LabeledSpan::note, Comparator.nullsFirst(Comparator.naturalOrder()));

    private SpanOrder() {
    }
}
