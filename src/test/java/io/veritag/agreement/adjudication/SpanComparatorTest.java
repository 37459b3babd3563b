package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import static io.veritag.agreement.adjudication.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Span;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanComparatorTest {
    private static final long ANNA = 1;
    private static final long BEN = 2;
    private static final long CARA = 3;

    private static final List<Span> TWO_ANNOTATORS = List.of(
            span(1, ANNA, 0, 5, "CLAIM"), span(11, BEN, 0, 5, "CLAIM"),          // unanimous
            span(2, ANNA, 10, 20, "CLAIM"), span(12, BEN, 10, 22, "CLAIM"),      // boundary
            span(3, ANNA, 30, 40, "DENIAL"), span(13, BEN, 30, 40, "SPECULATION"), // label
            span(4, ANNA, 50, 60, "CLAIM"),                                      // ben lacks it
            span(14, BEN, 70, 75, "DENIAL"));                                    // anna lacks it

    @Test
    void preAcceptsExactAgreementAndClassifiesEveryOtherSpan() {
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN), TWO_ANNOTATORS);

        assertThat(result.unanimous())
                .extracting(SpanGroup::key, SpanGroup::kind, g -> g.versions().get(0).range())
                .containsExactly(tuple(new GroupKey("1,11"), DisagreementKind.UNANIMOUS, new LabeledRange(0, 5, "CLAIM")));
        assertThat(result.disagreements())
                .extracting(SpanGroup::key, SpanGroup::kind, SpanGroup::start, SpanGroup::end, SpanGroup::missingAnnotatorIds)
                .containsExactly(
                        tuple(new GroupKey("2,12"), DisagreementKind.BOUNDARY, 10, 22, List.of()),
                        tuple(new GroupKey("3,13"), DisagreementKind.LABEL, 30, 40, List.of()),
                        tuple(new GroupKey("4"), DisagreementKind.MISSING, 50, 60, List.of(BEN)),
                        tuple(new GroupKey("14"), DisagreementKind.MISSING, 70, 75, List.of(ANNA)));
        assertThat(result.disagreement(new GroupKey("3,13"))).hasValueSatisfying(g -> assertThat(g.versions())
                .extracting(SpanVersion::range, SpanVersion::annotatorIds)
                .containsExactly(
                        tuple(new LabeledRange(30, 40, "DENIAL"), List.of(ANNA)),
                        tuple(new LabeledRange(30, 40, "SPECULATION"), List.of(BEN))));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        ArticleComparison expected = SpanComparator.compare(List.of(ANNA, BEN), TWO_ANNOTATORS);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<Span> shuffled = new ArrayList<>(TWO_ANNOTATORS);
            Collections.shuffle(shuffled, random);
            assertThat(SpanComparator.compare(List.of(ANNA, BEN), shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void overlappingSpansDifferingInExtentAndLabelAreBoth() {
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN),
                List.of(span(1, ANNA, 0, 10, "CLAIM"), span(2, BEN, 5, 15, "DENIAL")));

        assertThat(result.disagreements()).singleElement()
                .extracting(SpanGroup::kind, SpanGroup::start, SpanGroup::end)
                .containsExactly(DisagreementKind.BOUNDARY_AND_LABEL, 0, 15);
    }

    @Test
    void withThreeAnnotatorsAgreementOfTwoIsNotUnanimous() {
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN, CARA), List.of(
                span(1, ANNA, 0, 10, "CLAIM"), span(2, BEN, 0, 10, "CLAIM"),
                span(3, ANNA, 20, 30, "DENIAL"), span(4, BEN, 20, 30, "DENIAL"), span(5, CARA, 20, 30, "DENIAL"),
                span(6, CARA, 40, 52, "CLAIM"), span(7, ANNA, 40, 50, "CLAIM")));

        assertThat(result.unanimous()).extracting(SpanGroup::key).containsExactly(new GroupKey("3,4,5"));
        assertThat(result.disagreements())
                .extracting(SpanGroup::key, SpanGroup::kind, SpanGroup::missingAnnotatorIds)
                .containsExactly(
                        tuple(new GroupKey("1,2"), DisagreementKind.MISSING, List.of(CARA)),
                        tuple(new GroupKey("6,7"), DisagreementKind.BOUNDARY, List.of(BEN)));
        assertThat(result.disagreement(new GroupKey("1,2"))).hasValueSatisfying(g ->
                assertThat(g.versions()).singleElement().extracting(SpanVersion::annotatorIds).isEqualTo(List.of(ANNA, BEN)));
        assertThat(result.disagreement(new GroupKey("6,7"))).hasValueSatisfying(g -> {
            assertThat(g.versionOf(CARA)).map(SpanVersion::range).contains(new LabeledRange(40, 52, "CLAIM"));
            assertThat(g.versionOf(BEN)).isEmpty();
        });
    }

    @Test
    void overlapChainsIntoOneDisagreementButTouchingSpansStayApart() {
        ArticleComparison chained = SpanComparator.compare(List.of(ANNA, BEN), List.of(
                span(1, ANNA, 0, 10, "CLAIM"), span(2, BEN, 8, 20, "CLAIM"), span(3, ANNA, 18, 30, "CLAIM")));
        ArticleComparison touching = SpanComparator.compare(List.of(ANNA, BEN), List.of(
                span(1, ANNA, 0, 10, "CLAIM"), span(2, BEN, 10, 20, "CLAIM")));

        assertThat(chained.disagreements()).extracting(SpanGroup::key, SpanGroup::start, SpanGroup::end)
                .containsExactly(tuple(new GroupKey("1,2,3"), 0, 30));
        assertThat(touching.disagreements()).extracting(SpanGroup::key, SpanGroup::kind)
                .containsExactly(tuple(new GroupKey("1"), DisagreementKind.MISSING), tuple(new GroupKey("2"), DisagreementKind.MISSING));
    }

    @Test
    void aUnanimousSpanInsideADisagreementIsStillPreAccepted() {
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN), List.of(
                span(1, ANNA, 0, 30, "CLAIM"), span(2, BEN, 0, 30, "CLAIM"), span(3, ANNA, 5, 9, "DENIAL")));

        assertThat(result.unanimous()).extracting(SpanGroup::key).containsExactly(new GroupKey("1,2"));
        assertThat(result.disagreements()).extracting(SpanGroup::key, SpanGroup::kind)
                .containsExactly(tuple(new GroupKey("3"), DisagreementKind.MISSING));
    }

    @Test
    void ignoresAnnotatorsNotChosenAndNeedsSomeone() {
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN), List.of(
                span(1, ANNA, 0, 5, "CLAIM"), span(2, BEN, 0, 5, "CLAIM"), span(3, CARA, 7, 9, "CLAIM")));

        assertThat(result.unanimous()).hasSize(1);
        assertThat(result.disagreements()).isEmpty();
        assertThatThrownBy(() -> SpanComparator.compare(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choose at least one annotator");
    }

    @Test
    void keepsUtf16OffsetsAroundEmojiSoVersionsCoverWholeCharacters() {
        String text = "🇺🇦 Kherson is free 😀 today, officials say.";
        int kherson = text.indexOf("Kherson");
        int free = text.indexOf("free 😀") + "free 😀".length();
        int today = text.indexOf("today");
        ArticleComparison result = SpanComparator.compare(List.of(ANNA, BEN), List.of(
                span(1, ANNA, kherson, free, "CLAIM"), span(2, BEN, kherson, today, "CLAIM"),
                span(3, ANNA, 0, 4, "SPECULATION"), span(4, BEN, 0, 4, "SPECULATION")));

        assertThat(result.unanimous()).singleElement()
                .satisfies(g -> assertThat(g.versions().get(0).spans().get(0).textIn(text)).isEqualTo("🇺🇦"));
        assertThat(result.disagreements()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(DisagreementKind.BOUNDARY);
            assertThat(g.versions()).extracting(v -> v.spans().get(0).textIn(text))
                    .containsExactly("Kherson is free 😀", "Kherson is free 😀 ");
        });
    }
}
