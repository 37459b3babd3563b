package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.agreement.Disagreement.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

    @Test
    void classifiesEachSpanAgainstTheOtherAnnotation() {
        LabeledSpan same = new LabeledSpan(0, 5, "CLAIM");
        LabeledSpan boundary = new LabeledSpan(10, 20, "CLAIM");
        LabeledSpan relabelled = new LabeledSpan(30, 40, "CLAIM");
        LabeledSpan lonely = new LabeledSpan(50, 60, "DENIAL");
        LabeledSpan otherBoundary = new LabeledSpan(12, 25, "CLAIM");
        LabeledSpan otherLabel = new LabeledSpan(30, 40, "SPECULATION");
        LabeledSpan otherOnly = new LabeledSpan(70, 80, "CLAIM");

        List<Disagreement> result = Disagreements.between(List.of(same, boundary, relabelled, lonely),
                List.of(same, otherBoundary, otherLabel, otherOnly));

        assertThat(result).extracting(Disagreement::kind, Disagreement::span, Disagreement::counterpart).containsExactly(
                tuple(Kind.AGREED, same, same),
                tuple(Kind.BOUNDARY, boundary, otherBoundary),
                tuple(Kind.LABEL, relabelled, otherLabel),
                tuple(Kind.MISSING, lonely, null),
                tuple(Kind.AGREED, same, same),
                tuple(Kind.BOUNDARY, otherBoundary, boundary),
                tuple(Kind.LABEL, otherLabel, relabelled),
                tuple(Kind.MISSING, otherOnly, null));
    }

    @Test
    void sameExtentWithAnotherLabelIsALabelDisagreementEvenIfASameLabelSpanOverlaps() {
        LabeledSpan span = new LabeledSpan(0, 10, "CLAIM");
        Disagreement d = Disagreements.classify(span, List.of(new LabeledSpan(2, 4, "CLAIM"), new LabeledSpan(0, 10, "DENIAL")));
        assertThat(d.kind()).isEqualTo(Kind.LABEL);
        assertThat(d.counterpart()).isEqualTo(new LabeledSpan(0, 10, "DENIAL"));
    }

    @Test
    void theCounterpartIsTheLargestOverlap() {
        LabeledSpan span = new LabeledSpan(0, 10, "CLAIM");
        Disagreement d = Disagreements.classify(span, List.of(new LabeledSpan(8, 30, "CLAIM"), new LabeledSpan(1, 9, "CLAIM")));
        assertThat(d).extracting(Disagreement::kind, Disagreement::counterpart)
                .containsExactly(Kind.BOUNDARY, new LabeledSpan(1, 9, "CLAIM"));
    }
}
