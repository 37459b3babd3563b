package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Span-level measures on hand-worked examples and against a brute-force oracle. */
class SpanMatchingTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));

    @Test
    void handWorkedExample() {
        List<LabeledExtent> a = List.of(new LabeledExtent(0, 10, "CLAIM"), new LabeledExtent(20, 30, "DENIAL"),
                new LabeledExtent(40, 50, "CLAIM"), new LabeledExtent(60, 70, "SPECULATION"));
        List<LabeledExtent> b = List.of(new LabeledExtent(0, 10, "CLAIM"), new LabeledExtent(20, 30, "CLAIM"),
                new LabeledExtent(45, 55, "CLAIM"));

        SpanScores s = SpanMatching.compare(a, b, LABELS);

        // exact: only [0,10) CLAIM; P = 1/3, R = 1/4, F1 = 2/7
        assertThat(s.exact()).extracting(p -> p.precision().value(), p -> p.recall().value(), p -> p.f1().value())
                .containsExactly(1.0 / 3, 1.0 / 4, 2.0 / 7);
        // exact unlabeled: [0,10) and [20,30): P = 2/3, R = 2/4, F1 = 4/7
        assertThat(s.exactUnlabeled().f1().value()).isCloseTo(4.0 / 7, within(1e-12));
        // overlap labeled: b's [0,10) and [45,55) match; a's [0,10) and [40,50): P = 2/3, R = 2/4, F1 = 4/7
        assertThat(s.overlap().precision().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.overlap().recall().value()).isCloseTo(0.5, within(1e-12));
        assertThat(s.overlap().f1().value()).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-12));
        // overlap unlabeled: all 3 of b match, 3 of a's 4: P = 1, R = 3/4, F1 = 6/7
        assertThat(s.overlapUnlabeled().f1().value()).isCloseTo(6.0 / 7, within(1e-12));
        // per label: CLAIM exact P = 1/3 (b has 3 CLAIM), R = 1/2; DENIAL: b has none; SPECULATION: b has none
        assertThat(s.perLabel().get("CLAIM").exact().precision().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.perLabel().get("CLAIM").exact().recall().value()).isCloseTo(0.5, within(1e-12));
        assertThat(s.perLabel().get("CLAIM").overlap().precision().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.perLabel().get("DENIAL").exact().precision().isDefined()).isFalse();
        assertThat(s.perLabel().get("DENIAL").exact().recall().value()).isEqualTo(0.0);
        assertThat(s.perLabel().get("DENIAL").exact().f1().value()).isEqualTo(0.0);
        assertThat(s.perLabel().get("DENIAL").overlap().f1().value()).isEqualTo(0.0);
    }

    @Test
    void exactMatchesAreAMultisetIntersection() {
        LabeledExtent x = new LabeledExtent(1, 4, "CLAIM");
        SpanScores s = SpanMatching.compare(List.of(x, x, x), List.of(x, x), LABELS);
        assertThat(s.exact()).extracting(p -> p.precision().value(), p -> p.recall().value(), p -> p.f1().value())
                .containsExactly(1.0, 2.0 / 3, 0.8);
    }

    @Test
    void overlapIsLenientAndNotOneToOne() {
        List<LabeledExtent> a = List.of(new LabeledExtent(0, 100, "CLAIM"));
        List<LabeledExtent> b = List.of(new LabeledExtent(0, 5, "CLAIM"), new LabeledExtent(50, 60, "CLAIM"),
                new LabeledExtent(99, 120, "CLAIM"), new LabeledExtent(100, 120, "CLAIM"));
        SpanScores s = SpanMatching.compare(a, b, LABELS);
        assertThat(s.overlap().precision().value()).isCloseTo(0.75, within(1e-12));
        assertThat(s.overlap().recall().value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void undefinedWhenASideHasNoSpans() {
        SpanScores none = SpanMatching.compare(List.of(), List.of(), LABELS);
        assertThat(List.of(none.exact(), none.exactUnlabeled(), none.overlap(), none.overlapUnlabeled()))
                .flatExtracting(p -> p.precision().undefinedReason(), p -> p.recall().undefinedReason(),
                        p -> p.f1().undefinedReason())
                .containsOnly(SpanTally.NO_OTHER_SPANS, SpanTally.NO_REFERENCE_SPANS, SpanTally.NO_SPANS);

        SpanScores otherEmpty = SpanMatching.compare(List.of(new LabeledExtent(0, 3, "CLAIM")), List.of(), LABELS);
        assertThat(otherEmpty.overlap()).extracting(p -> p.precision().isDefined(), p -> p.recall().value(), p -> p.f1().value())
                .containsExactly(false, 0.0, 0.0);
        assertThat(otherEmpty.exact()).extracting(p -> p.precision().isDefined(), p -> p.recall().value(), p -> p.f1().value())
                .containsExactly(false, 0.0, 0.0);
    }

    @Test
    void agreesWithABruteForceOracleOnRandomSpans() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            String text = RandomCorpus.text(random);
            List<LabeledExtent> a = RandomCorpus.spans(random, text, true);
            List<LabeledExtent> b = RandomCorpus.spans(random, text, true);
            SpanScores s = SpanMatching.compare(a, b, LABELS);
            long tp = exactMatches(a, b, true);
            assertThat(s.exact().f1().asOptional()).isEqualTo(a.size() + b.size() == 0
                    ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(2.0 * tp / (a.size() + b.size())));
            long tpu = exactMatches(a, b, false);
            if (!b.isEmpty()) {
                assertThat(s.exactUnlabeled().precision().value()).isCloseTo((double) tpu / b.size(), within(1e-12));
                assertThat(s.overlap().precision().value())
                        .isCloseTo((double) b.stream().filter(x -> a.stream().anyMatch(y -> y.overlaps(x) && y.label().equals(x.label()))).count() / b.size(), within(1e-12));
            }
            if (!a.isEmpty()) {
                assertThat(s.overlapUnlabeled().recall().value())
                        .isCloseTo((double) a.stream().filter(x -> b.stream().anyMatch(y -> y.overlaps(x))).count() / a.size(), within(1e-12));
            }
        }
    }

    @Test
    void tallyOfSeveralTextsIsTheSumOfTheirCounts() {
        SpanTally total = new SpanTally(LABELS);
        total.addAll(SpanMatching.tally(List.of(new LabeledExtent(0, 2, "CLAIM")), List.of(new LabeledExtent(0, 2, "CLAIM")), LABELS));
        total.addAll(SpanMatching.tally(List.of(new LabeledExtent(0, 2, "DENIAL")), List.of(), LABELS));
        assertThat(total.scores().exact()).extracting(p -> p.precision().value(), p -> p.recall().value())
                .containsExactly(1.0, 0.5);
        assertThat(total.scores().exact().f1().value()).isCloseTo(2.0 / 3, within(1e-12));
    }

    private static long exactMatches(List<LabeledExtent> a, List<LabeledExtent> b, boolean labeled) {
        List<LabeledExtent> remaining = new ArrayList<>(b);
        long tp = 0;
        for (LabeledExtent x : a) {
            for (int i = 0; i < remaining.size(); i++) {
                LabeledExtent y = remaining.get(i);
                if (x.sameExtent(y) && (!labeled || x.label().equals(y.label()))) {
                    remaining.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }
}
