package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsWordsAndSinglePunctuationAndNeverWhitespace() {
        assertThat(tokens("Don't stop — now!\n  x_1"))
                .containsExactly("Don", "'", "t", "stop", "—", "now", "!", "x_1");
    }

    @Test
    void keepsCombiningMarksAndCyrillicInsideWordsAndEmojiAsOneToken() {
        String text = "Херсо\u0301н 😀 cafe\u0301!";
        assertThat(tokens(text)).containsExactly("Херсо\u0301н", "😀", "cafe\u0301", "!");
    }

    @Test
    void classifiesEveryCodePointAsTheJdkRegexDoes() {
        List<Integer> mismatches = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue; // a lone surrogate is not a character of a well-formed text; checked below in context
            }
            String s = new String(Character.toChars(cp));
            boolean regexWord = s.matches("(?U)\\w");
            boolean regexSpace = s.matches("(?U)\\s");
            if (regexWord != Tokenizer.isWord(cp) || regexSpace != Tokenizer.isSpace(cp)) {
                mismatches.add(cp);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void findsExactlyWhatTheRegexFindsOnRandomMixedText() {
        Random random = new Random(42);
        String[] pieces = {"a", "Z", "9", "_", " ", "\n", "\t", "\u00a0", "\u2028", ".", ",", "'", "-", "—", "é", "e\u0301",
                "\u200d", "😀", "𝔸", "٣", "ж", "中", "\ud800", "\u0085", "‿", "\u20dd"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(spans(Tokenizer.tokenize(text.toString()))).as("text %s", text).isEqualTo(regexSpans(text.toString()));
        }
    }

    private static List<String> tokens(String text) {
        Tokens tokens = Tokenizer.tokenize(text);
        List<String> result = new ArrayList<>();
        for (int t = 0; t < tokens.count(); t++) {
            result.add(text.substring(tokens.start(t), tokens.end(t)));
        }
        return result;
    }

    private static List<List<Integer>> spans(Tokens tokens) {
        List<List<Integer>> result = new ArrayList<>();
        for (int t = 0; t < tokens.count(); t++) {
            result.add(List.of(tokens.start(t), tokens.end(t)));
        }
        return result;
    }

    private static List<List<Integer>> regexSpans(String text) {
        List<List<Integer>> result = new ArrayList<>();
        Matcher m = Tokenizer.PATTERN.matcher(text);
        while (m.find()) {
            result.add(List.of(m.start(), m.end()));
        }
        return result;
    }
}
