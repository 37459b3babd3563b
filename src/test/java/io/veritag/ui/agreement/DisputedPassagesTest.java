package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.Disagreement.Kind;
import io.veritag.agreement.LabeledExtent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispute view's model, without a window. */
class DisputedPassagesTest {
    //                                0         1         2         3         4
    //                                0123456789012345678901234567890123456789012345
    private static final String TEXT = "Mayor: bridge safe.\nNothing here.\nArmy may return soon.";

    @Test
    void stacksTheAnnotatorsUnderEachMarkedParagraphAndClassifiesEachSpan() {
        ArticleAnnotations article = new ArticleAnnotations(1, "t", TEXT, List.of(
                List.of(new LabeledExtent(0, 19, "CLAIM"), new LabeledExtent(34, 54, "SPECULATION")),
                List.of(new LabeledExtent(7, 19, "CLAIM")),
                List.of(new LabeledExtent(0, 19, "DENIAL"))));

        List<DisputedPassages.Passage> passages = DisputedPassages.of(article, List.of("anna", "boris", "carol"), List.of(0, 1, 2));

        assertThat(passages).extracting(DisputedPassages.Passage::start, DisputedPassages.Passage::end, p -> p.rows().size())
                .containsExactly(tuple(0, 19, 3), tuple(20, 33, 0), tuple(34, 55, 3));
        assertThat(passages.get(0).rows()).extracting(DisputedPassages.Row::caption, r -> r.marks().get(0).kind())
                .containsExactly(tuple("anna", Kind.LABEL), tuple("boris", Kind.LABEL), tuple("carol", Kind.LABEL));
        assertThat(passages.get(0).rows().get(0).marks().get(0).detail())
                .isEqualTo("boris: boundary (marked [7, 19)); carol: label (DENIAL)");
        assertThat(passages.get(2).rows()).extracting(DisputedPassages.Row::caption, r -> r.marks().size())
                .containsExactly(tuple("anna", 1), tuple("boris", 0), tuple("carol", 0));
        assertThat(passages.get(2).rows().get(0).marks().get(0).kind()).isEqualTo(Kind.MISSING);
        assertThat(passages.get(2).disputed()).isTrue();
    }

    @Test
    void showsOnlyTheChosenPairAndPutsOverlappingSpansOfOneAnnotatorOnExtraLines() {
        ArticleAnnotations article = new ArticleAnnotations(1, "t", TEXT, List.of(
                List.of(new LabeledExtent(0, 19, "CLAIM"), new LabeledExtent(7, 13, "SPECULATION")),
                List.of(new LabeledExtent(0, 19, "DENIAL")),
                List.of(new LabeledExtent(0, 19, "CLAIM"))));

        List<DisputedPassages.Passage> passages = DisputedPassages.of(article, List.of("anna", "boris", "carol"), List.of(0, 2));

        assertThat(passages.get(0).rows()).extracting(DisputedPassages.Row::caption, r -> r.marks().get(0).kind())
                .containsExactly(tuple("anna", Kind.AGREED), tuple("anna (2)", Kind.LABEL),
                        tuple("carol", Kind.AGREED));
        assertThat(passages.get(0).disputed()).isTrue();
    }
}
