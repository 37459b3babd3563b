package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end behaviour of the report: undefined cases, offsets units, pooling. */
class AgreementCalculatorTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));
    private static final List<String> TWO = List.of("alice", "bob");
    private static final String TEXT = "The mayor said the bridge is safe. Nobody believes it, officials added.";

    private static AgreementReport report(List<String> annotators, ArticleAnnotations... articles) {
        return AgreementCalculator.compute(new AgreementInput(annotators, LABELS, List.of(articles)));
    }

    private static ArticleAnnotations article(long id, String text, List<List<LabeledExtent>> spans) {
        return new ArticleAnnotations(id, "article " + id, text, spans);
    }

    /**
     * Worked by hand, as scikit-learn's cohen_kappa_score and NLTK's AnnotationTask would compute it on the
     * token labels anna = C C C C O O O O O O, boris = C C C O O O O D D O:
     * p_o = 7/10, p_e = .4·.3 + .6·.5 + 0·.2 = .42, kappa = .28/.58; Scott's pi (Fleiss, two annotators) =
     * (.7 − .435)/.565 with pooled shares C .35, O .55, D .10; alpha: D_o = 6/20, D_e = 2(7·11 + 7·2 + 11·2)/(20·19).
     */
    @Test
    void tokenMeasuresOfAWorkedExample() {
        String text = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10";
        List<LabeledExtent> anna = List.of(new LabeledExtent(0, 11, "CLAIM"));
        List<LabeledExtent> boris = List.of(new LabeledExtent(0, 8, "CLAIM"), new LabeledExtent(21, 26, "DENIAL"));

        TokenLevel t = report(TWO, article(1, text, List.of(anna, boris))).tokenLevel();

        assertThat(t.tokens()).isEqualTo(10);
        assertThat(t.percentAgreement().value()).isCloseTo(0.7, within(1e-12));
        assertThat(t.cohenKappaPairs().get("alice|bob").value()).isCloseTo(0.28 / 0.58, within(1e-12));
        assertThat(t.fleissKappa().value()).isCloseTo(0.265 / 0.565, within(1e-12));
        assertThat(t.krippendorffAlphaNominal().value()).isCloseTo(1 - 0.3 / (226.0 / 380), within(1e-12));
        ConfusionMatrix m = t.confusion().get("alice|bob");
        assertThat(new long[] {m.count("CLAIM", "CLAIM"), m.count("CLAIM", "O"), m.count("O", "O"), m.count("O", "DENIAL"),
                m.count("DENIAL", "O")}).containsExactly(3, 1, 4, 2, 0);
        assertThat(m.total()).isEqualTo(10);
        assertThat(m.disagreements()).isEqualTo(3);
    }

    @Test
    void noArticlesLeavesEveryMeasureUndefinedWithAReason() {
        AgreementReport r = report(TWO);

        assertThat(r.articles()).isZero();
        assertThat(r.tokens()).isZero();
        assertThat(r.tokenLevel().percentAgreement().undefinedReason()).isEqualTo("undefined for pair alice|bob: no tokens to compare");
        assertThat(r.tokenLevel().cohenKappaPairs().get("alice|bob").undefinedReason()).isEqualTo("no tokens to compare");
        assertThat(r.tokenLevel().fleissKappa().undefinedReason()).isEqualTo("no tokens to compare");
        assertThat(r.tokenLevel().krippendorffAlphaNominal().undefinedReason()).isEqualTo("no tokens to compare");
        assertThat(r.unitizing().alphaUOverall().undefinedReason()).isEqualTo("no text to compare");
        assertThat(r.unitizing().alphaUPerLabel().values()).extracting(Score::undefinedReason).containsOnly("no text to compare");
        assertThat(r.spanLevel().get("alice->bob").exact().f1().undefinedReason()).isEqualTo(SpanTally.NO_SPANS);
        assertThat(r.perArticle()).isEmpty();
    }

    @Test
    void oneAnnotatorHasNoPairsAndNoChanceCorrectedMeasures() {
        AgreementReport r = report(List.of("alice"), article(1, TEXT, List.of(List.of(new LabeledExtent(0, 9, "CLAIM")))));

        assertThat(r.tokenLevel().percentAgreementPairs()).isEmpty();
        assertThat(r.tokenLevel().percentAgreement().undefinedReason()).isEqualTo("needs at least two annotators");
        assertThat(r.tokenLevel().cohenKappaMeanPairwise().undefinedReason()).isEqualTo("needs at least two annotators");
        assertThat(r.tokenLevel().fleissKappa().undefinedReason()).isEqualTo("needs at least two annotators");
        assertThat(r.unitizing().alphaUOverall().undefinedReason()).isEqualTo("needs at least two annotators");
        assertThat(r.spanLevel()).isEmpty();
    }

    @Test
    void nobodyMarkedAnythingMeansOneCategoryAndNoUnits() {
        AgreementReport r = report(TWO, article(1, TEXT, List.of(List.of(), List.of())));

        assertThat(r.tokenLevel().percentAgreement().value()).isEqualTo(1.0);
        assertThat(r.tokenLevel().cohenKappaPairs().get("alice|bob").undefinedReason())
                .isEqualTo("both annotators gave every token the same category (O), so chance agreement is 1 and kappa is 0/0");
        assertThat(r.tokenLevel().cohenKappaMeanPairwise().undefinedReason()).startsWith("undefined for pair alice|bob: ");
        assertThat(r.tokenLevel().fleissKappa().undefinedReason()).startsWith("every token got the same category (O)");
        assertThat(r.tokenLevel().krippendorffAlphaNominal().undefinedReason()).startsWith("every token got the same category (O)");
        assertThat(r.unitizing().alphaUOverall().undefinedReason()).isEqualTo("nobody marked any span");
        assertThat(r.unitizing().alphaUPerLabel().get("CLAIM").undefinedReason()).isEqualTo("nobody used CLAIM");
        assertThat(r.tokenLevel().confusion().get("alice|bob").count("O", "O")).isEqualTo(r.tokens());
    }

    @Test
    void aLabelNobodyUsedIsUndefinedAndLeftOutOfTheOverallAlpha() {
        List<LabeledExtent> alice = List.of(new LabeledExtent(0, 34, "CLAIM"), new LabeledExtent(35, 53, "DENIAL"));
        List<LabeledExtent> bob = List.of(new LabeledExtent(4, 34, "CLAIM"), new LabeledExtent(35, 70, "DENIAL"));
        AgreementReport r = report(TWO, article(1, TEXT, List.of(alice, bob)));

        Unitizing u = r.unitizing();
        assertThat(u.alphaUPerLabel().get("SPECULATION").undefinedReason()).isEqualTo("nobody used SPECULATION");
        UnitizingContinuum continuum = new UnitizingContinuum(LABELS, 2);
        continuum.addText(TEXT.length(), List.of(alice, bob));
        UnitizingAlpha.Disagreement claim = UnitizingAlpha.disagreement(continuum, 0);
        UnitizingAlpha.Disagreement denial = UnitizingAlpha.disagreement(continuum, 1);
        double expected = 1 - ((claim.observed() + denial.observed()) / 2) / ((claim.expected() + denial.expected()) / 2);
        assertThat(u.alphaUOverall().value()).isCloseTo(expected, within(1e-12));
        // not the mean of the per-label alphas
        double meanOfAlphas = (u.alphaUPerLabel().get("CLAIM").value() + u.alphaUPerLabel().get("DENIAL").value()) / 2;
        assertThat(u.alphaUOverall().value()).isNotCloseTo(meanOfAlphas, within(1e-6));
    }

    @Test
    void anAnnotatorWithNoSpansGetsUndefinedPrecisionButDefinedRecallAndZeroF1() {
        AgreementReport r = report(TWO, article(1, TEXT, List.of(List.of(new LabeledExtent(0, 9, "CLAIM")), List.of())));

        SpanScores s = r.spanLevel().get("alice->bob");
        assertThat(s.exact().precision().undefinedReason()).isEqualTo(SpanTally.NO_OTHER_SPANS);
        assertThat(s.exact().recall().value()).isZero();
        assertThat(s.exact().f1().value()).isZero();
        assertThat(s.overlap().f1().value()).isZero();
        assertThat(r.tokenLevel().cohenKappaPairs().get("alice|bob").value()).isZero();
    }

    @Test
    void aTextWithoutTokensHasNoTokenMeasuresButStillAContinuum() {
        AgreementReport r = report(TWO, article(1, " \n ", List.of(List.of(new LabeledExtent(0, 2, "CLAIM")), List.of())));

        assertThat(r.tokens()).isZero();
        assertThat(r.tokenLevel().cohenKappaPairs().get("alice|bob").undefinedReason()).isEqualTo("no tokens to compare");
        assertThat(r.unitizing().alphaUPerLabel().get("CLAIM").isDefined()).isTrue();
    }

    @Test
    void zeroExpectedDisagreementIsUndefinedNotOne() {
        // two annotators, one character, both mark it: nothing could have been placed differently
        AgreementReport r = report(TWO, article(1, "x", List.of(List.of(new LabeledExtent(0, 1, "CLAIM")),
                List.of(new LabeledExtent(0, 1, "CLAIM")))));

        assertThat(r.unitizing().alphaUPerLabel().get("CLAIM").undefinedReason()).startsWith("expected disagreement for CLAIM is 0");
        assertThat(r.unitizing().alphaUOverall().undefinedReason()).startsWith("expected disagreement is 0");
        assertThat(r.tokenLevel().cohenKappaPairs().get("alice|bob").undefinedReason()).contains("(CLAIM)");
    }

    @Test
    void alphaUIsNotClamped() {
        // two disjoint unitizations of a five-character text drive alpha_u far below −1
        AgreementReport r = report(TWO, article(1, "ab cd", List.of(
                List.of(new LabeledExtent(1, 2, "CLAIM")), List.of(new LabeledExtent(2, 5, "CLAIM")))));

        org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy study =
                new org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy(2, 0, 5);
        study.addUnit(1, 1, 0, "CLAIM");
        study.addUnit(2, 3, 1, "CLAIM");
        double dkpro = new org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement(study).calculateAgreement();
        assertThat(r.unitizing().alphaUOverall().value()).isCloseTo(dkpro, within(1e-9)).isCloseTo(-2.36, within(1e-9));
    }

    @Test
    void emojiBeforeSpansCountsAsOneCharacterInTheContinuum() {
        String plain = "x x " + TEXT;
        String emoji = "😀 🇺🇦 " + TEXT; // 😀 is 2 UTF-16 units, the flag 4; each counts 1 resp. 2 code points
        int shift = emoji.indexOf(TEXT) - plain.indexOf(TEXT);
        int flagExtra = 1; // the flag is two code points where plain has one 'x'
        List<LabeledExtent> alice = List.of(new LabeledExtent(4, 13, "CLAIM"), new LabeledExtent(39, 60, "DENIAL"));
        List<LabeledExtent> bob = List.of(new LabeledExtent(4, 17, "CLAIM"), new LabeledExtent(45, 60, "DENIAL"));

        AgreementReport withEmoji = report(TWO, article(1, emoji, List.of(shifted(alice, shift), shifted(bob, shift))));
        // the same text with the emoji replaced by as many BMP characters as they have code points
        String samePlainLength = "x !! " + TEXT; // same code points, same tokens (😀 🇺 🇦 vs x ! !)
        AgreementReport withPlain = report(TWO, article(1, samePlainLength,
                List.of(shifted(alice, flagExtra), shifted(bob, flagExtra))));

        assertThat(shift).isEqualTo(4);
        assertThat(withEmoji.unitizing().alphaUOverall().value())
                .isCloseTo(withPlain.unitizing().alphaUOverall().value(), within(1e-12));
        assertThat(withEmoji.unitizing().alphaUPerLabel().get("CLAIM").value())
                .isCloseTo(withPlain.unitizing().alphaUPerLabel().get("CLAIM").value(), within(1e-12));
        assertThat(withEmoji.tokenLevel().cohenKappaPairs().get("alice|bob").value())
                .isCloseTo(withPlain.tokenLevel().cohenKappaPairs().get("alice|bob").value(), within(1e-12));
        // counting UTF-16 units instead would change the value: the unit matters and the test can tell
        UnitizingContinuum utf16 = new UnitizingContinuum(LABELS, 2);
        utf16.addText(emoji.length(), List.of(shifted(alice, shift), shifted(bob, shift)));
        assertThat(UnitizingAlpha.compute(utf16).alphaUOverall().value())
                .isNotCloseTo(withEmoji.unitizing().alphaUOverall().value(), within(1e-9));
    }

    @Test
    void overlappingSpansOfOneAnnotatorAndLabelAreTheirUnionTouchingOnesStayTwoUnits() {
        UnitizingContinuum continuum = new UnitizingContinuum(LABELS, 2);
        continuum.addText(40, List.of(
                List.of(new LabeledExtent(0, 10, "CLAIM"), new LabeledExtent(5, 15, "CLAIM"), new LabeledExtent(15, 20, "CLAIM"),
                        new LabeledExtent(2, 30, "DENIAL")),
                List.of(new LabeledExtent(3, 12, "CLAIM"))));

        assertThat(continuum.units("CLAIM", 0)).isDeepEqualTo(new long[][] {{0, 15}, {15, 20}});
        assertThat(continuum.units("DENIAL", 0)).isDeepEqualTo(new long[][] {{2}, {30}});

        UnitizingContinuum union = new UnitizingContinuum(LABELS, 2);
        union.addText(40, List.of(
                List.of(new LabeledExtent(0, 15, "CLAIM"), new LabeledExtent(15, 20, "CLAIM"), new LabeledExtent(2, 30, "DENIAL")),
                List.of(new LabeledExtent(3, 12, "CLAIM"))));
        assertThat(UnitizingAlpha.compute(continuum).alphaUOverall().value())
                .isEqualTo(UnitizingAlpha.compute(union).alphaUOverall().value());
    }

    @Test
    void articlesAreLaidEndToEndInAscendingIdOrderWithNothingBetween() {
        List<LabeledExtent> a1 = List.of(new LabeledExtent(0, 9, "CLAIM"));
        List<LabeledExtent> b1 = List.of(new LabeledExtent(4, 9, "CLAIM"));
        List<LabeledExtent> a2 = List.of(new LabeledExtent(10, 20, "CLAIM"));
        List<LabeledExtent> b2 = List.of();
        AgreementReport shuffled = report(TWO, article(7, TEXT, List.of(a2, b2)), article(3, TEXT, List.of(a1, b1)));

        UnitizingContinuum continuum = new UnitizingContinuum(LABELS, 2);
        continuum.addText(TEXT.length(), List.of(a1, b1));
        continuum.addText(TEXT.length(), List.of(a2, b2));
        assertThat(shuffled.unitizing().alphaUOverall().value())
                .isEqualTo(UnitizingAlpha.compute(continuum).alphaUOverall().value());
        assertThat(shuffled.perArticle()).extracting(ArticleAgreement::articleId).containsExactly(3L, 7L);
    }

    private static List<LabeledExtent> shifted(List<LabeledExtent> spans, int by) {
        return spans.stream().map(s -> new LabeledExtent(s.start() + by, s.end() + by, s.label())).toList();
    }
}
