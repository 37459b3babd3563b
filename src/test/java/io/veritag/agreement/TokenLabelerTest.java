package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenLabelerTest {
    private static final LabelSet LABELS = new LabelSet(List.of("CLAIM", "DENIAL", "SPECULATION"));
    //                                   0123456789012345678901234
    private static final String TEXT = "Mayor denied it, again.";

    private static List<String> labels(LabeledExtent... spans) {
        Tokens tokens = Tokenizer.tokenize(TEXT);
        return Arrays.stream(TokenLabeler.categories(tokens, List.of(spans), LABELS)).mapToObj(LABELS::categoryName).toList();
    }

    @Test
    void uncoveredTokensAreO() {
        assertThat(labels()).containsExactly("O", "O", "O", "O", "O", "O");
    }

    @Test
    void aSpanCoversEveryTokenItSharesACharacterWith() {
        // [3, 7) touches "Mayor" (0-5) and "denied" (6-12); it ends before "it" (13-15)
        assertThat(labels(new LabeledExtent(3, 7, "DENIAL"))).containsExactly("DENIAL", "DENIAL", "O", "O", "O", "O");
        // a span ending exactly where a token starts does not cover it
        assertThat(labels(new LabeledExtent(0, 6, "CLAIM"))).containsExactly("CLAIM", "O", "O", "O", "O", "O");
    }

    @Test
    void smallerStartWinsThenLongerSpanThenLabelOrder() {
        assertThat(labels(new LabeledExtent(6, 16, "SPECULATION"), new LabeledExtent(0, 12, "DENIAL")))
                .containsExactly("DENIAL", "DENIAL", "SPECULATION", "SPECULATION", "O", "O");
        assertThat(labels(new LabeledExtent(6, 12, "CLAIM"), new LabeledExtent(6, 15, "DENIAL")))
                .containsExactly("O", "DENIAL", "DENIAL", "O", "O", "O");
        assertThat(labels(new LabeledExtent(6, 12, "SPECULATION"), new LabeledExtent(6, 12, "DENIAL"), new LabeledExtent(6, 12, "CLAIM")))
                .containsExactly("O", "CLAIM", "O", "O", "O", "O");
    }
}
