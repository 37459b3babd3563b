package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens behind a confusion cell are the very tokens the matrix counts, joined into phrases. */
class ConfusionTokensTest {
    private static final String TEXT = "The mayor said 🇺🇦 it. Officials denied it. Maybe later.";
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));

    private static LabeledExtent span(String words, String label) {
        int start = TEXT.indexOf(words);
        return new LabeledExtent(start, start + words.length(), label);
    }

    private final ArticleAnnotations article = new ArticleAnnotations(1, "t", TEXT, List.of(
            List.of(span("The mayor said 🇺🇦 it", "CLAIM"), span("Officials denied it", "DENIAL")),
            List.of(span("mayor said 🇺🇦 it", "CLAIM"), span("Officials denied it", "CLAIM"), span("Maybe", "SPECULATION"))));

    private List<String> texts(String row, String column) {
        return ConfusionTokens.of(article, LABELS, 0, 1, row, column).stream()
                .map(r -> TEXT.substring(r.start(), r.end())).toList();
    }

    @Test
    void eachCellGivesItsOwnTokensAsPhrases() {
        assertThat(texts("CLAIM", "O")).containsExactly("The");
        assertThat(texts("DENIAL", "CLAIM")).containsExactly("Officials denied it");
        assertThat(texts("O", "SPECULATION")).containsExactly("Maybe");
        assertThat(texts("CLAIM", "CLAIM")).containsExactly("mayor said 🇺🇦 it");
        assertThat(texts("SPECULATION", "CLAIM")).isEmpty();
    }

    @Test
    void theRangesCountAsManyTokensAsTheMatrixCell() {
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(List.of("a", "b"), LABELS, List.of(article)));
        ConfusionMatrix m = report.tokenLevel().confusion().values().iterator().next();
        for (String row : m.categories()) {
            for (String column : m.categories()) {
                long tokens = ConfusionTokens.of(article, LABELS, 0, 1, row, column).stream()
                        .mapToLong(r -> Tokenizer.tokenize(TEXT.substring(r.start(), r.end())).count()).sum();
                assertThat(tokens).as(row + " x " + column).isEqualTo(m.count(row, column));
            }
        }
    }

    @Test
    void anUnknownCategoryIsRefused() {
        assertThatThrownBy(() -> ConfusionTokens.of(article, LABELS, 0, 1, "RUMOUR", "O"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUMOUR");
    }
}
