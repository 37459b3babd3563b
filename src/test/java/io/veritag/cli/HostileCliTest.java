package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile strings through the command line: nothing reaches the terminal raw, bad JSON is refused with its line. */
class HostileCliTest {
    /** ESC sequences (colour, title, clear), BEL, CSI as one C1 byte, NEL, bidi override and isolate, RLM. */
    static final String TERMINAL_ATTACK = "\u001b[31mRED\u001b]0;pwned\u0007\u001b[2J\u009b1m\u0085x\u202egnp.exe\u2066iso\u2069\u200f";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private CommandRun cli;

    @BeforeEach
    void database() {
        cli = new CommandRun(io.veritag.testing.TestDatabase.location(temp.resolve("db"), "veritag"));
    }

    static String line(String id, String title, String annotator, String note) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("title", title);
        doc.put("text", "The mayor said the bridge fell. " + id);
        doc.put("annotator", annotator);
        doc.put("status", "done");
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", 0);
        span.put("end", 9);
        span.put("label", "CLAIM");
        span.put("text", "The mayor");
        span.put("note", note);
        doc.put("spans", List.of(span));
        return JSON.writeValueAsString(doc);
    }

    private static void assertNoRawControls(String output) {
        assertThat(output.chars().filter(c -> c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200f || c == 0x2028)))
                .as("raw control, C1 or bidi characters in %s", output).isEmpty();
    }

    @Test
    void articlesShowControlAndBidiCharactersEscapedAndJsonStaysExact() throws Exception {
        Path file = Files.writeString(temp.resolve("a.jsonl"), line("id" + TERMINAL_ATTACK, "T" + TERMINAL_ATTACK, "anna", "n") + "\n");
        assertThat(cli.run("import-annotations", "--format", "jsonl", file.toString())).as(cli.err()).isZero();

        assertThat(cli.run("articles")).isZero();
        assertNoRawControls(cli.out());
        assertThat(cli.out()).contains("T\\u001b[31mRED\\u001b]0;pwned\\u0007\\u001b[2J\\u009b1m\\u0085x\\u202egnp.exe\\u2066iso\\u2069\\u200f");

        assertThat(cli.run("articles", "--format", "json")).isZero();
        assertNoRawControls(cli.out());
        JsonNode json = JSON.readTree(cli.out());
        assertThat(json.get(0).get("title").textValue()).isEqualTo("T" + TERMINAL_ATTACK);
        assertThat(json.get(0).get("external_id").textValue()).isEqualTo("id" + TERMINAL_ATTACK);

        assertThat(cli.run("export", "--format", "jsonl", "--out", temp.resolve("out").toString())).isZero();
        assertNoRawControls(cli.out());
        // the file itself is exact
        assertThat(Files.readString(temp.resolve("out/data.jsonl"))).contains("\\u001B[31mRED").contains("\u202egnp");
    }

    @Test
    void errorMessagesQuotingDataAreEscapedToo() throws Exception {
        Path first = Files.writeString(temp.resolve("1.jsonl"), line("x" + TERMINAL_ATTACK, "t", "anna", null) + "\n");
        assertThat(cli.run("import-annotations", "--format", "jsonl", first.toString())).isZero();
        // the same text under another id: the message names both ids
        String other = line("y" + TERMINAL_ATTACK, "t", "anna", null).replace("\"id\":\"y", "\"id\":\"y").replace(
                "fell. y", "fell. x");
        Path second = Files.writeString(temp.resolve("2.jsonl"), other + "\n");
        assertThat(cli.run("import-annotations", "--format", "jsonl", second.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("2.jsonl:1:").contains("\\u001b[31mRED");
        assertNoRawControls(cli.err());
    }

    @Test
    void annotatorNamesAreValidatedAtTheCommandLine() {
        assertThat(cli.run("--annotator", "anna\u001b[2J")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: annotator name contains an invisible or control character (U+001B)\n");
        assertThat(cli.run("--annotator", "a|b")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: annotator name contains '|'");
        assertThat(cli.run("--annotator", "x".repeat(101))).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: annotator name is longer than 100 characters\n");
    }

    @Test
    void agreementAndGoldTextOutputEscapeTitlesToo() throws Exception {
        Path file = Files.writeString(temp.resolve("two.jsonl"), line("x", "T" + TERMINAL_ATTACK, "anna", "n") + "\n"
                + line("x", "T" + TERMINAL_ATTACK, "ben", "n" + TERMINAL_ATTACK) + "\n");
        assertThat(cli.run("import-annotations", "--format", "jsonl", file.toString())).as(cli.err()).isZero();
        assertThat(cli.run("agreement")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("anna");
        assertNoRawControls(cli.out());
        assertThat(cli.run("adjudicate", "--auto", "--curator", "cora")).as(cli.err()).isZero();
        assertNoRawControls(cli.out());
        assertThat(cli.run("gold")).as(cli.err()).isZero();
        assertNoRawControls(cli.out());
        assertThat(cli.run("annotators")).isZero();
        assertNoRawControls(cli.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ==> ", value = {
            "two objects ==> {LINE} {LINE} ==> more than one JSON value on the line",
            "trailing junk ==> {LINE} junk ==> malformed JSON",
            "repeated key ==> {\"id\":\"a\",\"id\":\"b\"} ==> Duplicate field 'id'",
            "lone surrogate ==> {LINE_SURROGATE} ==> \"title\" is not valid Unicode: lone surrogate U+D800 at character 2",
            "escaped NUL ==> {LINE_NUL} ==> \"spans[0].note\" contains a NUL character",
    })
    void strictJsonLinesAreRefusedWithTheirLineByBothImports(String name, String hostile, String message) throws Exception {
        String good = line("good", "fine", "anna", null);
        String bad = hostile.replace("{LINE_SURROGATE}", line("s", "t\\ud800", "anna", null).replace("\\\\ud800", "\\ud800"))
                .replace("{LINE_NUL}", line("n", "t", "anna", "a\u0000b"))
                .replace("{LINE}", line("z", "t", "anna", null));
        Path file = Files.writeString(temp.resolve("bad.jsonl"), good + "\n" + bad + "\n");

        assertThat(cli.run("import-annotations", "--format", "jsonl", file.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: " + file + ":2: ").contains(message).contains("nothing from this file was imported");

        assertThat(cli.run("import", file.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: " + file + ":2: ").contains(message);
        assertThat(cli.run("articles", "--format", "json")).isZero();
        assertThat(JSON.readTree(cli.out())).isEmpty();
    }
}
