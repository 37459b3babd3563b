package io.veritag.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextOffsetsTest {
    @Test
    void plainTextOffsetsAreTheSameInBothUnits() {
        TextOffsets offsets = TextOffsets.of("Kherson\tis free.");
        assertThat(offsets.toCodePoint(7)).isEqualTo(7);
        assertThat(offsets.toUtf16(16)).isEqualTo(16);
        assertThat(offsets.codePointLength()).isEqualTo(16);
    }

    @Test
    void emojiCountOnceInCodePointsAndTwiceInUtf16() {
        String text = "🇺🇦 Kherson 😀 is free 𝕏";
        TextOffsets offsets = TextOffsets.of(text);
        int kherson = text.indexOf("Kherson");
        assertThat(kherson).isEqualTo(5);
        assertThat(offsets.toCodePoint(kherson)).isEqualTo(3);
        assertThat(offsets.toUtf16(3)).isEqualTo(kherson);
        int free = text.indexOf("free");
        assertThat(offsets.toCodePoint(free)).isEqualTo(text.codePointCount(0, free));
        assertThat(offsets.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(offsets.toUtf16(offsets.codePointLength())).isEqualTo(text.length());
        for (int cp = 0; cp <= offsets.codePointLength(); cp++) {
            assertThat(offsets.toCodePoint(offsets.toUtf16(cp))).isEqualTo(cp);
            assertThat(offsets.toUtf16(cp)).isEqualTo(text.offsetByCodePoints(0, cp));
        }
    }

    @Test
    void combiningMarksAreSeparateCodePoints() {
        String text = "Cafe\u0301 ok";
        TextOffsets offsets = TextOffsets.of(text);
        assertThat(offsets.codePointLength()).isEqualTo(text.length());
        assertThat(offsets.toUtf16(5)).isEqualTo(5);
    }

    @Test
    void refusesOffsetsInsideASurrogatePairOrOutside() {
        TextOffsets offsets = TextOffsets.of("a😀b");
        assertThatThrownBy(() -> offsets.toCodePoint(2)).hasMessageContaining("inside a surrogate pair");
        assertThatThrownBy(() -> offsets.toCodePoint(5)).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> offsets.toUtf16(4)).hasMessageContaining("outside the text");
    }
}
