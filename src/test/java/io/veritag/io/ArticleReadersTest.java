package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {
    private static List<NewArticle> read(String resource) {
        List<NewArticle> articles = new ArrayList<>();
        InputStream in = ArticleReadersTest.class.getResourceAsStream("import/" + resource);
        assertThat(in).as(resource).isNotNull();
        ArticleReader.forFileName(resource).read(resource, in, articles::add);
        return articles;
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertThat(read("crlf.txt")).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Kherson liberated\n\nUkraine says Kherson is free.\nRussia denies\nit.\n");
            assertThat(a.externalId()).isEqualTo("crlf");
            assertThat(a.title()).isEqualTo("Kherson liberated");
        });
    }

    @Test
    void byteOrderMarkIsStrippedAndTitleCutAtSentenceEnd() {
        assertThat(read("bom.txt")).singleElement().satisfies(a -> {
            assertThat(a.text()).startsWith("BOM first line.");
            assertThat(a.title()).isEqualTo("BOM first line.");
        });
    }

    @Test
    void emojiAndCombiningMarksAreKeptAsTheyAre() {
        assertThat(read("emoji.txt").get(0).text()).isEqualTo("🇺🇦 Kherson 😀 celebrates\n\nPeople may return 𝕏 soon.\n");
        assertThat(read("combining.txt").get(0).text()).isEqualTo("Cafe\u0301 owners in Kherson re\u0301opened.\n");
    }

    @Test
    void badTextFilesGiveOneLineNamingTheFile() {
        assertThatThrownBy(() -> read("invalid-utf8.txt")).isInstanceOf(InputProblem.class)
                .hasMessage("invalid-utf8.txt: not valid UTF-8 text");
        assertThatThrownBy(() -> read("binary.txt")).hasMessage("binary.txt: binary data (NUL byte), not UTF-8 text");
        assertThatThrownBy(() -> read("empty.txt")).hasMessage("empty.txt: empty file: no text to annotate");
        assertThatThrownBy(() -> read("blank.txt")).hasMessage("blank.txt: empty file: no text to annotate");
    }

    @Test
    void jsonlLinesBecomeArticles() {
        assertThat(read("good.jsonl"))
                .extracting(NewArticle::externalId, NewArticle::title, NewArticle::source, NewArticle::published, NewArticle::text)
                .containsExactly(
                        tuple("j1", "First", "Reuters", "2022-11-11", "Kherson is free.\nOfficials said so."),
                        tuple("j2", "No title here.", null, null, "No title here. The text gives one."),
                        tuple("42", "Numeric id", null, null, "Emoji 😀 in JSON."));
    }

    @Test
    void jsonlProblemsNameFileAndLine() {
        assertThatThrownBy(() -> read("malformed.jsonl")).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("malformed.jsonl:3: malformed JSON")
                .extracting(e -> ((InputProblem) e).line()).isEqualTo(3);
        assertThatThrownBy(() -> read("no-text.jsonl")).hasMessage("no-text.jsonl:1: missing or empty \"text\"");
    }

    @Test
    void aHugeLineIsRefusedWithTheLimitNotAnOutOfMemoryError() {
        assertThatThrownBy(() -> new TxtArticleReader().read("big.txt", endless(), a -> { }))
                .hasMessage("big.txt: too large: the limit for one article is 16 M characters");
        assertThatThrownBy(() -> new JsonlArticleReader().read("big.jsonl",
                new java.io.SequenceInputStream(new ByteArrayInputStream("{\"text\":\"".getBytes(StandardCharsets.UTF_8)), endless()), a -> { }))
                .hasMessageStartingWith("big.jsonl:1: line longer than the limit");
    }

    @Test
    void titlesAreCutAtAboutOneHundredTwentyCharacters() {
        String longLine = "word ".repeat(60).strip();
        assertThat(Titles.fromText("\n\n  \n" + longLine)).endsWith("…").hasSizeLessThanOrEqualTo(121);
        assertThat(Titles.fromText("123\n— 2022 —\nKherson\nmore")).isEqualTo("Kherson");
        assertThat(Titles.fromText("1 2 3")).isEqualTo("(untitled)");
    }

    /** 40 MB of the letter a, one line. */
    private static InputStream endless() {
        return new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 40L * 1024 * 1024 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= 40L * 1024 * 1024) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                served += len;
                return len;
            }
        };
    }
}
