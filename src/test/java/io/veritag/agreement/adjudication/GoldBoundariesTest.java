package io.veritag.agreement.adjudication;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoldBoundariesTest {
    private static final String TEXT = "Free 😀 Kherson"; // the emoji is two UTF-16 units at 5 and 6

    @Test
    void acceptsBoundariesBetweenCharacters() {
        assertThatCode(() -> GoldBoundaries.check(TEXT, 5, 7)).doesNotThrowAnyException();
        assertThatCode(() -> GoldBoundaries.check(TEXT, 0, TEXT.length())).doesNotThrowAnyException();
    }

    @Test
    void refusesToCutAnEmojiInHalf() {
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, 6, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset 6 falls inside a surrogate pair");
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, 0, 6))
                .hasMessage("offset 6 falls inside a surrogate pair");
    }

    @Test
    void refusesEmptyReversedAndOutsideSpans() {
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, 3, 3)).hasMessage("start 3 must be before end 3");
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, 4, 2)).hasMessage("start 4 must be before end 2");
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, -1, 2)).hasMessage("start -1 is before the beginning of the text");
        assertThatThrownBy(() -> GoldBoundaries.check(TEXT, 0, 99)).hasMessage("end 99 is beyond the end of the text (15)");
    }
}
