package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Link agreement on a hand-computed pair of annotations (figures worked out in the comments). Reference a:
 * <pre>
 *   a0 [0,10) CLAIM unsure   a1 [20,30) SOURCE OFFICIAL   a2 [40,50) DENIAL   a3 [60,70) SOURCE MILITARY unsure
 *   a4 [80,90) SPECULATION
 *   links: a0→a1 SAID_BY, a2→a0 DENIES, a2→a3 SAID_BY, a4→a0 HEDGES
 * </pre>
 * Compared b:
 * <pre>
 *   b0 [0,10) CLAIM unsure   b1 [21,30) SOURCE OFFICIAL (overlap only)   b2 [40,50) DENIAL   b3 [60,70) SOURCE OFFICIAL
 *   b4 [80,90) CLAIM (other label: never paired with a4)   b5 [100,110) CLAIM
 *   links: b0→b1 SAID_BY, b2→b0 DENIES, b2→b3 SAID_BY, b2→b5 DENIES
 * </pre>
 * Exact pairs: a0-b0, a2-b2, a3-b3; overlap adds a1-b1.
 */
class LinkAgreementTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION", "SOURCE"));
    private static final String TEXT = "x".repeat(200);

    private static final List<LabeledExtent> A = List.of(span(0, 10, "CLAIM"), span(20, 30, "SOURCE"),
            span(40, 50, "DENIAL"), span(60, 70, "SOURCE"), span(80, 90, "SPECULATION"));
    private static final AnnotatorLinks A_LINKS = new AnnotatorLinks(
            List.of(unsure(), source(SourceType.OFFICIAL, false), sure(), source(SourceType.MILITARY, true), sure()),
            List.of(link(0, 1, LinkType.SAID_BY), link(2, 0, LinkType.DENIES), link(2, 3, LinkType.SAID_BY),
                    link(4, 0, LinkType.HEDGES)));
    private static final List<LabeledExtent> B = List.of(span(0, 10, "CLAIM"), span(21, 30, "SOURCE"),
            span(40, 50, "DENIAL"), span(60, 70, "SOURCE"), span(80, 90, "CLAIM"), span(100, 110, "CLAIM"));
    private static final AnnotatorLinks B_LINKS = new AnnotatorLinks(
            List.of(unsure(), source(SourceType.OFFICIAL, false), sure(), source(SourceType.OFFICIAL, false), sure(), sure()),
            List.of(link(0, 1, LinkType.SAID_BY), link(2, 0, LinkType.DENIES), link(2, 3, LinkType.SAID_BY),
                    link(2, 5, LinkType.DENIES)));

    private static LinkScores scores(List<LabeledExtent> a, AnnotatorLinks aLinks, List<LabeledExtent> b,
                                     AnnotatorLinks bLinks) {
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(List.of("a", "b"), LABELS,
                List.of(new ArticleAnnotations(1, "one", TEXT, List.of(a, b), List.of(aLinks, bLinks)))));
        assertThat(report.perArticle().get(0).linkLevel().get("a->b")).isEqualTo(report.linkLevel().get("a->b"));
        return report.linkLevel().get("a->b");
    }

    @Test
    void exactPairsCountOnlyLinksWhoseEndsMatchExactly() {
        LinkScores.Matched exact = scores(A, A_LINKS, B, B_LINKS).exact();

        // SAID_BY: a2→a3 agrees (b2→b3); a0→a1 does not (a1 has no exact partner). 1 of 2 each side
        assertPrf(exact.perType().get("SAID_BY"), 0.5, 0.5, 0.5);
        // DENIES: a2→a0 agrees with b2→b0; b2→b5 has no counterpart. P 1/2, R 1/1, F1 2/3
        assertPrf(exact.perType().get("DENIES"), 0.5, 1.0, 2.0 / 3);
        // HEDGES: a4 is unpaired (b4 has another label) and b has none: P undefined, R 0, F1 0
        PrecisionRecall hedges = exact.perType().get("HEDGES");
        assertThat(hedges.precision().isDefined()).isFalse();
        assertThat(hedges.precision().undefinedReason()).isEqualTo("the compared annotator has no links here");
        assertThat(hedges.recall().value()).isZero();
        assertThat(hedges.f1().value()).isZero();
        // all types: 2 agreeing of 4 and 4
        assertPrf(exact.links(), 0.5, 0.5, 0.5);
    }

    @Test
    void overlapPairsAddTheSourceWhoseBoundaryDiffers() {
        LinkScores.Matched overlap = scores(A, A_LINKS, B, B_LINKS).overlap();

        assertPrf(overlap.perType().get("SAID_BY"), 1.0, 1.0, 1.0);
        assertPrf(overlap.perType().get("DENIES"), 0.5, 1.0, 2.0 / 3);
        assertPrf(overlap.links(), 0.75, 0.75, 0.75);
    }

    @Test
    void sourceTypesAreComparedOnMatchedSourcePairs() {
        LinkScores s = scores(A, A_LINKS, B, B_LINKS);

        // exact: a3-b3 only, MILITARY vs OFFICIAL; kappa (1·0 − 0)/(1 − 0) = 0
        assertThat(s.exact().sourceTypes().compared()).isEqualTo(1);
        assertThat(s.exact().sourceTypes().agreeing()).isZero();
        assertThat(s.exact().sourceTypes().percentAgreement().value()).isZero();
        // overlap adds a1-b1 (OFFICIAL both): 1 of 2; rows OFF 1 MIL 1, columns OFF 2: chance 2, kappa (2−2)/(4−2) = 0
        assertThat(s.overlap().sourceTypes().compared()).isEqualTo(2);
        assertThat(s.overlap().sourceTypes().agreeing()).isEqualTo(1);
        assertThat(s.overlap().sourceTypes().percentAgreement().value()).isCloseTo(0.5, within(1e-12));
        assertThat(s.overlap().sourceTypes().cohenKappa().value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void unsureIsComparedOnEveryMatchedPair() {
        LinkScores s = scores(A, A_LINKS, B, B_LINKS);

        // exact: a0b0 (unsure, unsure), a2b2 (sure, sure), a3b3 (unsure, sure): 2 of 3;
        // rows sure 1 unsure 2, columns sure 2 unsure 1: chance 4, kappa (3·2 − 4)/(9 − 4) = 0.4
        assertThat(s.exact().unsure().compared()).isEqualTo(3);
        assertThat(s.exact().unsure().percentAgreement().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.exact().unsure().cohenKappa().value()).isCloseTo(0.4, within(1e-12));
        // overlap adds a1b1 (sure, sure): 3 of 4; rows 2/2, columns 3/1: chance 8, kappa (12 − 8)/(16 − 8) = 0.5
        assertThat(s.overlap().unsure().compared()).isEqualTo(4);
        assertThat(s.overlap().unsure().percentAgreement().value()).isCloseTo(0.75, within(1e-12));
        assertThat(s.overlap().unsure().cohenKappa().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aLinkOfAnotherTypeOrDirectionBetweenThePairedSpansDoesNotAgree() {
        List<LabeledExtent> spans = List.of(span(0, 10, "CLAIM"), span(20, 30, "CLAIM"));
        AnnotatorLinks a = new AnnotatorLinks(List.of(), List.of(link(0, 1, LinkType.DENIES)));
        AnnotatorLinks otherType = new AnnotatorLinks(List.of(), List.of(link(0, 1, LinkType.HEDGES)));
        AnnotatorLinks reversed = new AnnotatorLinks(List.of(), List.of(link(1, 0, LinkType.DENIES)));

        assertThat(scores(spans, a, spans, otherType).exact().links().f1().value()).isZero();
        assertThat(scores(spans, a, spans, reversed).overlap().links().f1().value()).isZero();
        assertThat(scores(spans, a, spans, a).exact().links().f1().value()).isEqualTo(1.0);
    }

    @Test
    void anEndPairedWithADifferentSpanDoesNotAgree() {
        // a: claim c1 [0,10), claim c2 [20,30), denial d [40,50) denies c1. b: the same spans, d denies c2
        List<LabeledExtent> spans = List.of(span(0, 10, "CLAIM"), span(20, 30, "CLAIM"), span(40, 50, "DENIAL"));
        AnnotatorLinks a = new AnnotatorLinks(List.of(), List.of(link(2, 0, LinkType.DENIES)));
        AnnotatorLinks b = new AnnotatorLinks(List.of(), List.of(link(2, 1, LinkType.DENIES)));

        assertPrf(scores(spans, a, spans, b).overlap().links(), 0.0, 0.0, 0.0);
    }

    @Test
    void overlapPairsOneToOneTheLargestSharedStretchFirst() {
        // a0 [0,10) overlaps b0 [8,20) by 2 and b1 [0,9) by 9: pairs with b1; a1 [15,25) then takes b0
        List<LabeledExtent> a = List.of(span(0, 10, "CLAIM"), span(15, 25, "CLAIM"));
        List<LabeledExtent> b = List.of(span(8, 20, "CLAIM"), span(0, 9, "CLAIM"));

        assertThat(SpanPairing.overlap(a, b)).containsExactly(1, 0);
        assertThat(SpanPairing.exact(a, b)).containsExactly(-1, -1);
    }

    @Test
    void nothingToCompareIsUndefinedNotZero() {
        LinkScores s = scores(List.of(), AnnotatorLinks.NONE, List.of(), AnnotatorLinks.NONE);

        assertThat(s.exact().links().f1().isDefined()).isFalse();
        assertThat(s.exact().links().f1().undefinedReason()).isEqualTo("neither annotator has links here");
        assertThat(s.overlap().perType().get("SAID_BY").recall().isDefined()).isFalse();
        assertThat(s.exact().sourceTypes().percentAgreement().undefinedReason()).isEqualTo("no matched pair of source spans");
        assertThat(s.overlap().unsure().cohenKappa().undefinedReason()).isEqualTo("no matched pair of spans");
    }

    @Test
    void pooledCountsAddUpOverArticles() {
        ArticleAnnotations one = new ArticleAnnotations(1, "one", TEXT, List.of(A, B), List.of(A_LINKS, B_LINKS));
        ArticleAnnotations two = new ArticleAnnotations(2, "two", TEXT, List.of(A, A), List.of(A_LINKS, A_LINKS));
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(List.of("a", "b"), LABELS, List.of(one, two)));

        // exact: 2 + 4 agreeing of 4 + 4 reference and 4 + 4 compared links
        assertPrf(report.linkLevel().get("a->b").exact().links(), 0.75, 0.75, 0.75);
        assertThat(report.linkLevel().get("a->b").exact().sourceTypes().compared()).isEqualTo(1 + 2);
    }

    @Test
    void aReportWithoutLinkMeasuresHasNoLinkLevel() {
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(List.of("a", "b"), LABELS,
                List.of(new ArticleAnnotations(1, "one", TEXT, List.of(A, B), List.of(A_LINKS, B_LINKS))), false));

        assertThat(report.linkLevel()).isEmpty();
        assertThat(report.perArticle().get(0).linkLevel()).isEmpty();
    }

    private static void assertPrf(PrecisionRecall prf, double p, double r, double f1) {
        assertThat(prf.precision().value()).as("precision").isCloseTo(p, within(1e-12));
        assertThat(prf.recall().value()).as("recall").isCloseTo(r, within(1e-12));
        assertThat(prf.f1().value()).as("F1").isCloseTo(f1, within(1e-12));
    }

    private static LabeledExtent span(int start, int end, String label) {
        return new LabeledExtent(start, end, label);
    }

    private static ExtentLink link(int from, int to, LinkType type) {
        return new ExtentLink(from, to, type);
    }

    private static SpanFlags sure() {
        return new SpanFlags(null, false);
    }

    private static SpanFlags unsure() {
        return new SpanFlags(null, true);
    }

    private static SpanFlags source(SourceType type, boolean unsure) {
        return new SpanFlags(type, unsure);
    }
}
