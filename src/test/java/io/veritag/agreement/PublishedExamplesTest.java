package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** The worked examples of the literature, reproduced by our own computation. */
class PublishedExamplesTest {

    /** Cohen (1960), table 1: 200 items, 3 categories, p_o = .70, p_c = .41, kappa = .492. */
    @Test
    void cohen1960() {
        long[][] table = {{88, 10, 2}, {14, 40, 6}, {18, 10, 12}};
        int[][] codes = fromContingencyTable(table);
        LabelSet labels = new LabelSet(List.of("ONE", "TWO", "THREE"));
        CategoricalTally tally = new CategoricalTally(labels, AgreementCalculator.pairs(List.of("A", "B")), 2);
        tally.add(codes);

        TokenLevel measures = tally.measures();

        assertThat(measures.percentAgreement().value()).isCloseTo(0.70, within(1e-9));
        assertThat(measures.cohenKappaPairs().get("A|B").value()).isCloseTo(0.29 / 0.59, within(1e-9));
        assertThat(measures.cohenKappaPairs().get("A|B").value()).isCloseTo(0.492, within(5e-4));
        assertThat(measures.cohenKappaMeanPairwise().value()).isCloseTo(0.29 / 0.59, within(1e-9));
    }

    /** Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses; kappa = .430 (R irr: 0.4302445). */
    @Test
    void fleiss1971() {
        int[][] byPatient = {{4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
                {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4},
                {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4},
                {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4},
                {1, 3, 3, 5, 5, 5}, {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
                {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3},
                {5, 5, 5, 5, 5, 5}};
        int[][] codes = new int[6][byPatient.length];
        for (int i = 0; i < byPatient.length; i++) {
            for (int r = 0; r < 6; r++) {
                codes[r][i] = byPatient[i][r] - 1;
            }
        }
        List<String> raters = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        LabelSet labels = new LabelSet(List.of("depression", "personality", "schizophrenia", "neurosis")); // + O
        CategoricalTally tally = new CategoricalTally(labels, AgreementCalculator.pairs(raters), 6);
        tally.add(codes);

        double kappa = tally.measures().fleissKappa().value();

        assertThat(kappa).isCloseTo(0.43024452006014086, within(1e-9));
        assertThat(kappa).isCloseTo(0.430, within(5e-4));
    }

    /** Krippendorff's reliability data: 4 observers, 12 units, missing values; nominal alpha = .743. */
    @Test
    void krippendorffReliabilityDataNominal() {
        int m = NominalAlpha.MISSING;
        int[][] codes = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3},
                {m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m}};

        double alpha = NominalAlpha.of(codes, 6).value();

        assertThat(alpha).isCloseTo(0.7434210526315791, within(1e-9));
        assertThat(alpha).isCloseTo(0.743, within(5e-4));
    }

    /** Without missing values the general alpha and the token-level alpha (from counts) agree. */
    @Test
    void tokenLevelAlphaIsTheGeneralAlphaWithoutMissingValues() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            int raters = 2 + random.nextInt(4);
            int[][] codes = new int[raters][1 + random.nextInt(60)];
            for (int[] rater : codes) {
                for (int i = 0; i < rater.length; i++) {
                    rater[i] = random.nextInt(4);
                }
            }
            List<String> names = new java.util.ArrayList<>();
            for (int r = 0; r < raters; r++) {
                names.add("r" + r);
            }
            CategoricalTally tally = new CategoricalTally(new LabelSet(List.of("A", "B", "C")),
                    AgreementCalculator.pairs(names), raters);
            tally.add(codes);
            Score general = NominalAlpha.of(codes, 4);
            Score token = tally.measures().krippendorffAlphaNominal();
            assertThat(token.isDefined()).isEqualTo(general.isDefined());
            if (general.isDefined()) {
                assertThat(token.value()).isCloseTo(general.value(), within(1e-9));
            }
        }
    }

    /**
     * Krippendorff (2004, p. 254): two observers on a continuum [150, 450) with categories c and k;
     * alpha_c = .7286 (D_o .0144, D_e .0532), alpha_k = 1 (D_e .0490), overall alpha_u = .8591.
     */
    @Test
    void krippendorff2004Unitizing() {
        LabelSet labels = new LabelSet(List.of("c", "k"));
        List<LabeledExtent> i = List.of(unit(225, 70, "c"), unit(370, 30, "c"), unit(180, 60, "k"), unit(300, 50, "k"));
        List<LabeledExtent> j = List.of(unit(220, 80, "c"), unit(355, 20, "c"), unit(400, 20, "c"), unit(180, 60, "k"),
                unit(300, 50, "k"));
        UnitizingContinuum continuum = new UnitizingContinuum(labels, 2);
        continuum.addText(300, List.of(i, j));

        Unitizing alpha = UnitizingAlpha.compute(continuum);
        UnitizingAlpha.Disagreement c = UnitizingAlpha.disagreement(continuum, 0);
        UnitizingAlpha.Disagreement k = UnitizingAlpha.disagreement(continuum, 1);

        assertThat(c.observed()).isCloseTo(0.0144, within(1e-4));
        assertThat(c.expected()).isCloseTo(0.0532, within(1e-4));
        assertThat(k.observed()).isCloseTo(0.0, within(1e-12));
        assertThat(k.expected()).isCloseTo(0.0490, within(1e-4));
        assertThat(alpha.alphaUPerLabel().get("c").value()).isCloseTo(0.7286, within(1e-4));
        assertThat(alpha.alphaUPerLabel().get("k").value()).isCloseTo(1.0, within(1e-12));
        assertThat(alpha.alphaUOverall().value()).isCloseTo(0.8591, within(5e-4));

        // and to the last digit, DKPro on the same study
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 150, 300);
        for (LabeledExtent s : i) {
            study.addUnit(s.start() + 150, s.length(), 0, s.label());
        }
        for (LabeledExtent s : j) {
            study.addUnit(s.start() + 150, s.length(), 1, s.label());
        }
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        assertThat(alpha.alphaUOverall().value()).isCloseTo(dkpro.calculateAgreement(), within(1e-9));
        assertThat(alpha.alphaUPerLabel().get("c").value()).isCloseTo(dkpro.calculateCategoryAgreement("c"), within(1e-9));
    }

    private static LabeledExtent unit(int offset, int length, String label) {
        return new LabeledExtent(offset - 150, offset - 150 + length, label);
    }

    /** Two raters' codes reproducing a contingency table, row = first rater, column = second. */
    static int[][] fromContingencyTable(long[][] table) {
        int n = 0;
        for (long[] row : table) {
            for (long c : row) {
                n += (int) c;
            }
        }
        int[][] codes = new int[2][n];
        int t = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                for (long c = 0; c < table[i][j]; c++) {
                    codes[0][t] = i;
                    codes[1][t++] = j;
                }
            }
        }
        return codes;
    }
}
