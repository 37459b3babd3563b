package io.veritag.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.AnnotatorPair;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeEntriesTest {
    private static final String TEXT = "one two three four five six";

    @Test
    void aPairLeadsToTheArticlesWithDisputedTokensMostFirstAndACellToThoseWithSuchTokens() {
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(List.of("a", "b"),
                new LabelSet(List.of("CLAIM", "DENIAL")), List.of(
                new ArticleAnnotations(1, "agreed", TEXT, List.of(List.of(new LabeledExtent(0, 3, "CLAIM")), List.of(new LabeledExtent(0, 3, "CLAIM")))),
                new ArticleAnnotations(2, "one token", TEXT, List.of(List.of(new LabeledExtent(0, 3, "CLAIM")), List.of())),
                new ArticleAnnotations(3, "three tokens", TEXT, List.of(List.of(new LabeledExtent(0, 13, "DENIAL")), List.of())))));
        AnnotatorPair pair = AgreementCalculator.pairs(report.annotators()).get(0);

        assertThat(DisputeEntries.forPair(report, pair)).extracting(DisputeDialog.Entry::articleId).containsExactly(3L, 2L);
        assertThat(DisputeEntries.forPair(report, pair).get(0).caption()).isEqualTo("#3  3 tokens disputed  three tokens");
        // a says CLAIM (row 0), b says O (column 2)
        assertThat(DisputeEntries.forCell(report, pair, 0, 2)).extracting(DisputeDialog.Entry::articleId).containsExactly(2L);
        assertThat(DisputeEntries.allArticles(report)).extracting(DisputeDialog.Entry::articleId).hasSize(3);
    }
}
