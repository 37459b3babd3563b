package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class WordSnapperTest {
    private static String selected(String text, int start, int end) {
        return WordSnapper.snap(text, start, end).map(r -> text.substring(r.start(), r.end())).orElse(null);
    }

    @Test
    void extendsAPartialSelectionToWholeWords() {
        String text = "Russian forces withdrew from Kherson.";
        assertThat(selected(text, 3, 10)).isEqualTo("Russian forces");
    }

    @Test
    void trimsSurroundingSpacesAndPunctuation() {
        String text = "He said: \"the bridge is down,\" and left.";
        int start = text.indexOf(": ");
        int end = text.indexOf(" and");
        assertThat(selected(text, start, end)).isEqualTo("the bridge is down");
    }

    @Test
    void keepsApostrophesHyphensAndDecimalsInsideWords() {
        String text = "They don't trust pro-Russian claims of 3.5 million.";
        assertThat(selected(text, text.indexOf("n't"), text.indexOf("n't") + 1)).isEqualTo("don't");
        assertThat(selected(text, text.indexOf("Russian") + 2, text.indexOf("Russian") + 3)).isEqualTo("pro-Russian");
        assertThat(selected(text, text.indexOf(".5") + 1, text.indexOf(".5") + 2)).isEqualTo("3.5");
    }

    @Test
    void neverSplitsAnEmojiSurrogatePair() {
        String text = "Kherson is free 🇺🇦 now 😀!";
        int smile = text.indexOf("😀");
        // selection ending inside the surrogate pair of the smiley
        assertThat(selected(text, text.indexOf("now"), smile + 1)).isEqualTo("now 😀");
        // a flag (two regional indicators, four UTF-16 units) stays whole
        int flag = text.indexOf("🇺🇦");
        assertThat(selected(text, flag + 1, flag + 2)).isEqualTo("🇺🇦");
    }

    @Test
    void keepsCombiningMarksWithTheirLetter() {
        String text = "the cafe\u0301 re\u0301sume\u0301 is here";
        int mark = text.indexOf('\u0301');
        // selection starting right at the first combining mark extends back to the base letters
        assertThat(selected(text, mark, mark + 1)).isEqualTo("cafe\u0301");
        int resume = text.indexOf("re\u0301");
        assertThat(selected(text, resume, resume + 2)).isEqualTo("re\u0301sume\u0301");
    }

    @Test
    void selectionOfOnlyPunctuationOrSpaceIsEmpty() {
        String text = "Yes -- no.";
        assertThat(WordSnapper.snap(text, 3, 7)).isEmpty();
        assertThat(WordSnapper.snap(text, 3, 3)).isEmpty();
    }

    @Test
    void exactSelectionOnlyTrimsWhitespaceAndCompletesCharacters() {
        String text = "a 😀 b";
        int smile = text.indexOf("😀");
        assertThat(WordSnapper.exact(text, 1, smile + 1)).hasValueSatisfying(r ->
                assertThat(text.substring(r.start(), r.end())).isEqualTo("😀"));
        assertThat(WordSnapper.exact(text, 0, 3)).hasValueSatisfying(r ->
                assertThat(text.substring(r.start(), r.end())).isEqualTo("a 😀"));
    }

    @Test
    void rejectsASelectionOutsideTheText() {
        assertThatThrownBy(() -> WordSnapper.snap("abc", 1, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the text");
    }
}
