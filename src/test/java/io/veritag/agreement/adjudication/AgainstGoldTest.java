package io.veritag.agreement.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.PrecisionRecall;
import io.veritag.agreement.SpanScores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annotators against gold on a case worked by hand. */
class AgainstGoldTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL"));
    private static final List<LabeledExtent> GOLD = List.of(
            new LabeledExtent(0, 10, "CLAIM"), new LabeledExtent(20, 30, "DENIAL"), new LabeledExtent(40, 50, "CLAIM"));

    /*
     * anna: [0,10) CLAIM is gold; [20,30) has gold's extent but the wrong label; [60,70) is nowhere in gold.
     *   exact            TP 1 of 3 spans, gold 3        → P 1/3, R 1/3, F1 2·1/(3+3) = 1/3
     *   exact unlabeled  extents [0,10) and [20,30)     → P 2/3, R 2/3, F1 2/3
     *   overlap          her [0,10) meets a gold CLAIM; gold [0,10) is met by her CLAIM → P 1/3, R 1/3, F1 1/3
     *   CLAIM exact      TP 1, her 3 CLAIMs, gold 2     → P 1/3, R 1/2, F1 2/5
     *   DENIAL exact     she has none, gold 1           → P undefined, R 0, F1 0
     * ben matches gold exactly → everything 1. Only ben finished the second article.
     */
    private final List<AgainstGold.Article> articles = List.of(
            new AgainstGold.Article(1, GOLD, Map.of(
                    "anna", List.of(new LabeledExtent(0, 10, "CLAIM"), new LabeledExtent(20, 30, "CLAIM"), new LabeledExtent(60, 70, "CLAIM")),
                    "ben", GOLD)),
            new AgainstGold.Article(2, List.of(new LabeledExtent(5, 9, "DENIAL")), Map.of(
                    "ben", List.of(new LabeledExtent(5, 9, "DENIAL")))));

    @Test
    void scoresEachAnnotatorWithGoldAsTheReference() {
        List<AgainstGold.Row> rows = AgainstGold.compare(LABELS, List.of("anna", "ben"), articles);

        assertThat(rows).extracting(AgainstGold.Row::annotator, AgainstGold.Row::articles, AgainstGold.Row::spans, AgainstGold.Row::goldSpans)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", 1, 3, 3), org.assertj.core.groups.Tuple.tuple("ben", 2, 4, 4));
        SpanScores anna = rows.get(0).scores();
        assertPrf(anna.exact(), 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertPrf(anna.exactUnlabeled(), 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertPrf(anna.overlap(), 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertPrf(anna.perLabel().get("CLAIM").exact(), 1 / 3.0, 1 / 2.0, 2 / 5.0);
        PrecisionRecall denial = anna.perLabel().get("DENIAL").exact();
        assertThat(denial.precision().isDefined()).isFalse();
        assertThat(denial.recall().value()).isEqualTo(0.0);
        assertThat(denial.f1().value()).isEqualTo(0.0);

        SpanScores ben = rows.get(1).scores();
        assertPrf(ben.exact(), 1, 1, 1);
        assertPrf(ben.perLabel().get("DENIAL").exact(), 1, 1, 1);
    }

    @Test
    void anAnnotatorWhoFinishedNothingAdjudicatedIsUndefinedNotZero() {
        List<AgainstGold.Row> rows = AgainstGold.compare(LABELS, List.of("cara"), articles);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.articles()).isZero();
            assertThat(row.scores().exact().precision().isDefined()).isFalse();
            assertThat(row.scores().exact().recall().isDefined()).isFalse();
            assertThat(row.scores().exact().f1().undefinedReason()).isEqualTo("neither annotator has spans here");
        });
    }

    private static void assertPrf(PrecisionRecall prf, double p, double r, double f1) {
        assertThat(prf.precision().value()).isCloseTo(p, within(1e-12));
        assertThat(prf.recall().value()).isCloseTo(r, within(1e-12));
        assertThat(prf.f1().value()).isCloseTo(f1, within(1e-12));
    }
}
