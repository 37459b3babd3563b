package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTokenizerTest {
    @Test
    void cutsAtSpanBoundariesInsideWordsAndKeepsCombiningMarksAndEmojiWhole() {
        String text = "e\u0301tait\u00a0«Kherson»🇺🇦, U.S. 3.5%";
        List<ConllTokenizer.Token> tokens = ConllTokenizer.tokens(text, new int[] {3, 15});
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("e\u0301t", "ait", "«", "Kherson", "»🇺🇦", ",", "U.S", ".", "3.5", "%")
                .allSatisfy(token -> assertThat(token.codePoints().noneMatch(ConllTokenizer::isWhitespace)).isTrue());
    }

    @Test
    void startsSentencesAfterLineBreaksAndFinalMarks() {
        String text = "One. Two\nthree 四。五";
        assertThat(ConllTokenizer.tokens(text, new int[0]))
                .extracting(t -> text.substring(t.start(), t.end()), ConllTokenizer.Token::sentenceStart)
                .containsExactly(tuple("One", true), tuple(".", false), tuple("Two", true), tuple("three", true),
                        tuple("四", false), tuple("。", false), tuple("五", true));
    }
}
