package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names holding the pair separator (possible in databases from before names were checked) keep every pair apart. */
class PairKeyTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));
    private static final String TEXT = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10";
    /** Sorted, as the service passes them; "a|b"+"c" and "a"+"b|c" joined by "|" are both "a|b|c". */
    private static final List<String> NAMES = List.of("a", "a|b", "b|c", "c");
    private static final List<List<LabeledExtent>> SPANS = List.of(
            List.of(new LabeledExtent(0, 11, "CLAIM")),
            List.of(new LabeledExtent(0, 8, "CLAIM"), new LabeledExtent(21, 26, "DENIAL")),
            List.of(new LabeledExtent(3, 14, "CLAIM")),
            List.of(new LabeledExtent(0, 5, "DENIAL"), new LabeledExtent(24, 30, "CLAIM")));

    @Test
    void meanKappaIsOverAllSixPairs() {
        TokenLevel all = AgreementCalculator.compute(new AgreementInput(NAMES, LABELS,
                List.of(new ArticleAnnotations(1, "t", TEXT, SPANS)))).tokenLevel();

        assertThat(all.cohenKappaPairs()).hasSize(6).containsKeys("a\\|b|c", "a|b\\|c");
        List<Double> pairwise = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            for (int j = i + 1; j < NAMES.size(); j++) {
                TokenLevel two = AgreementCalculator.compute(new AgreementInput(List.of(NAMES.get(i), NAMES.get(j)), LABELS,
                        List.of(new ArticleAnnotations(1, "t", TEXT, List.of(SPANS.get(i), SPANS.get(j)))))).tokenLevel();
                double kappa = two.cohenKappaMeanPairwise().value();
                pairwise.add(kappa);
                assertThat(all.cohenKappaPairs().get(AnnotatorPair.key(NAMES.get(i), NAMES.get(j))).value())
                        .as(NAMES.get(i) + " vs " + NAMES.get(j)).isCloseTo(kappa, within(1e-12));
            }
        }
        assertThat(pairwise).hasSize(6);
        assertThat(all.cohenKappaMeanPairwise().value())
                .isCloseTo(pairwise.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-12));
    }
}
