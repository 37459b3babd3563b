package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.ArticleStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlReaderTest {
    private static final String GOOD = "{\"id\":\"a\",\"text\":\"Free 🇺🇦 Kherson\",\"annotator\":\"anna\",\"status\":\"done\","
            + "\"spans\":[{\"start\":5,\"end\":15,\"label\":\"CLAIM\",\"text\":\"🇺🇦 Kherson\",\"note\":null}]}";

    @TempDir
    Path temp;

    @Test
    void convertsCodePointOffsetsToUtf16() throws IOException {
        List<ImportedDocument> documents = read(write(GOOD));
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.document().article().title()).isEqualTo("Free 🇺🇦 Kherson");
            assertThat(d.document().status()).isEqualTo(ArticleStatus.DONE);
            assertThat(d.document().spans()).extracting(LabeledSpan::start, LabeledSpan::end, LabeledSpan::label)
                    .containsExactly(tuple(5, 17, "CLAIM"));
            assertThat("Free 🇺🇦 Kherson".substring(5, 17)).isEqualTo("🇺🇦 Kherson");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "malformed JSON | {\"id\": | malformed JSON",
            "not an object | [1,2] | expected a JSON object",
            "missing text | {\"id\":\"a\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[]} | \"text\" must be a string",
            "bad status | {\"id\":\"a\",\"text\":\"x\",\"annotator\":\"anna\",\"status\":\"finished\",\"spans\":[]} | unknown status 'finished'",
            "blank annotator | {\"id\":\"a\",\"text\":\"x\",\"annotator\":\" \",\"status\":\"done\",\"spans\":[]} | \"annotator\" must not be blank",
            "start >= end | {\"id\":\"a\",\"text\":\"Free Kherson\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":5,\"end\":5,\"label\":\"CLAIM\",\"text\":\"\"}]} | span 1: start 5 >= end 5",
            "outside the text | {\"id\":\"a\",\"text\":\"Free 🇺🇦\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":5,\"end\":9,\"label\":\"CLAIM\",\"text\":\"🇺🇦\"}]} | span 1: offsets [5, 9) are outside the text (0..7 code points)",
            "UTF-16 offsets | {\"id\":\"a\",\"text\":\"🇺🇦 Kherson is free\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":5,\"end\":12,\"label\":\"CLAIM\",\"text\":\"Kherson\"}]} | span 1: span text \"Kherson\" does not match the article text at [5, 12): \"erson i\"",
            "unknown label | {\"id\":\"a\",\"text\":\"Free Kherson\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"RUMOUR\",\"text\":\"Free\"}]} | span 1: unknown label 'RUMOUR'",
            "missing span text | {\"id\":\"a\",\"text\":\"Free Kherson\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"CLAIM\"}]} | span 1: malformed line: \"text\" must be a string",
            "CR in text | {\"id\":\"a\",\"text\":\"Free\\r\\nKherson\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[]} | text is not normalised",
            "duplicate key | {\"id\":\"a\",\"id\":\"b\",\"text\":\"x\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":[]} | malformed JSON: Duplicate field 'id'",
    })
    void refusesBadLinesNamingFileAndLine(String problem, String line, String message) throws IOException {
        Path file = write(GOOD, "", line);
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith(file + ":3: ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((DatasetFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesBytesThatAreNotUtf8() throws IOException {
        Path file = temp.resolve("bad.jsonl");
        byte[] good = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        assertThatThrownBy(() -> read(file)).hasMessage(file + ":2: not valid UTF-8 text");
    }

    @Test
    void readsCrlfLineEndsAndSkipsBlankLines() throws IOException {
        Path file = temp.resolve("crlf.jsonl");
        Files.writeString(file, "\uFEFF" + GOOD + "\r\n\r\n" + GOOD.replace("\"anna\"", "\"ben\"") + "\r\n");
        assertThat(read(file)).extracting(d -> d.document().annotator(), ImportedDocument::line)
                .containsExactly(tuple("anna", 1), tuple("ben", 3));
    }

    private Path write(String... lines) throws IOException {
        Path file = temp.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static List<ImportedDocument> read(Path file) throws IOException {
        List<ImportedDocument> documents = new ArrayList<>();
        new JsonlFormat().reader().orElseThrow().read(file, GoldenFiles.LABELS, documents::add);
        return documents;
    }
}
