package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.agreement.Disagreement.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

    @Test
    void classifiesEachSpanAgainstTheOtherAnnotation() {
        LabeledExtent same = new LabeledExtent(0, 5, "CLAIM");
        LabeledExtent boundary = new LabeledExtent(10, 20, "CLAIM");
        LabeledExtent relabeled = new LabeledExtent(30, 40, "CLAIM");
        LabeledExtent lonely = new LabeledExtent(50, 60, "DENIAL");
        LabeledExtent otherBoundary = new LabeledExtent(12, 25, "CLAIM");
        LabeledExtent otherLabel = new LabeledExtent(30, 40, "SPECULATION");
        LabeledExtent otherOnly = new LabeledExtent(70, 80, "CLAIM");

        List<Disagreement> result = Disagreements.between(List.of(same, boundary, relabeled, lonely),
                List.of(same, otherBoundary, otherLabel, otherOnly));

        assertThat(result).extracting(Disagreement::kind, Disagreement::span, Disagreement::counterpart).containsExactly(
                tuple(Kind.AGREED, same, same),
                tuple(Kind.BOUNDARY, boundary, otherBoundary),
                tuple(Kind.LABEL, relabeled, otherLabel),
                tuple(Kind.MISSING, lonely, null),
                tuple(Kind.AGREED, same, same),
                tuple(Kind.BOUNDARY, otherBoundary, boundary),
                tuple(Kind.LABEL, otherLabel, relabeled),
                tuple(Kind.MISSING, otherOnly, null));
    }

    @Test
    void sameExtentWithAnotherLabelIsALabelDisagreementEvenIfASameLabelSpanOverlaps() {
        LabeledExtent span = new LabeledExtent(0, 10, "CLAIM");
        Disagreement d = Disagreements.classify(span, List.of(new LabeledExtent(2, 4, "CLAIM"), new LabeledExtent(0, 10, "DENIAL")));
        assertThat(d.kind()).isEqualTo(Kind.LABEL);
        assertThat(d.counterpart()).isEqualTo(new LabeledExtent(0, 10, "DENIAL"));
    }

    @Test
    void theCounterpartIsTheLargestOverlap() {
        LabeledExtent span = new LabeledExtent(0, 10, "CLAIM");
        Disagreement d = Disagreements.classify(span, List.of(new LabeledExtent(8, 30, "CLAIM"), new LabeledExtent(1, 9, "CLAIM")));
        assertThat(d).extracting(Disagreement::kind, Disagreement::counterpart)
                .containsExactly(Kind.BOUNDARY, new LabeledExtent(1, 9, "CLAIM"));
    }
}
