package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad link, source type or flag refuses its whole file with one line naming file and line: the good lines before
 * it (articles, spans, links, statuses) are not imported either.
 */
class LinkImportRefusalTest {
    /** "🇺🇦 Officials deny it; Kherson fell." — the flag is 2 code points, so offsets in the file are code points. */
    static final String TEXT = "🇺🇦 Officials deny it; Kherson fell.";
    static final String GOOD = line("good", "anna",
            "[{\"type\":\"SAID_BY\",\"from\":\"s2\",\"to\":\"s1\"},{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s3\"}]",
            span("s1", 3, 12, "SOURCE", "Officials", "\"OFFICIAL\"", "false"),
            span("s2", 13, 20, "DENIAL", "deny it", "null", "true"),
            span("s3", 22, 34, "CLAIM", "Kherson fell", "null", "false"));

    @TempDir
    Path temp;
    private Database database;
    private Store store;

    @BeforeEach
    void open() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "link to a span id not in the line | [{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s9\"}] | \"OFFICIAL\" | "
                    + "link 1: \"to\" names span id \"s9\", which no span of this line has",
            "type that may not join the labels | [{\"type\":\"HEDGES\",\"from\":\"s2\",\"to\":\"s3\"}] | \"OFFICIAL\" | "
                    + "link 1: HEDGES cannot join DENIAL → CLAIM (it goes from SPECULATION to CLAIM)",
            "link pointing the wrong way | [{\"type\":\"SAID_BY\",\"from\":\"s1\",\"to\":\"s2\"}] | \"OFFICIAL\" | "
                    + "link 1: SAID_BY cannot join SOURCE → DENIAL (it goes from CLAIM or DENIAL or SPECULATION to SOURCE)",
            "unknown link type | [{\"type\":\"SUPPORTS\",\"from\":\"s2\",\"to\":\"s3\"}] | \"OFFICIAL\" | "
                    + "link 1: unknown link type \"SUPPORTS\" (known: SAID_BY, DENIES, HEDGES)",
            "a link twice | [{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s3\"},{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s3\"}] | \"OFFICIAL\" | "
                    + "link 2: repeats link 1",
            "links not an array | {} | \"OFFICIAL\" | malformed line: \"links\" must be an array",
            "unknown source type | [] | \"PROPHET\" | span 1: unknown source type \"PROPHET\" (known: OFFICIAL, MILITARY, POLITICIAN, EXPERT, WITNESS, MEDIA, ANONYMOUS, OTHER)",
            "source without type | [] | null | span 1: a SOURCE span needs a \"source_type\" string",
    })
    void aBadLinkOrSourceTypeRefusesTheWholeJsonlFile(String problem, String links, String sourceType, String message)
            throws IOException {
        String bad = line("bad", "anna", links,
                span("s1", 3, 12, "SOURCE", "Officials", sourceType, "false"),
                span("s2", 13, 20, "DENIAL", "deny it", "null", "false"),
                span("s3", 22, 34, "CLAIM", "Kherson fell", "null", "false"));
        Path file = Files.writeString(temp.resolve("in.jsonl"), GOOD + "\n" + bad + "\n");

        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("jsonl"), file, Progress.NONE);

        assertThat(summary.errors()).singleElement().asString().startsWith(file + ":2: ").contains(message)
                .doesNotContain("Exception", "\n");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "type only a source may have | \"unsure\":false,\"source_type\":\"MEDIA\" | span 2: only a SOURCE span has a \"source_type\" (this one is DENIAL)",
            "unsure not a boolean | \"unsure\":\"yes\" | span 2: \"unsure\" must be true, false or null",
    })
    void aBadFlagRefusesTheWholeJsonlFile(String problem, String flags, String message) throws IOException {
        String bad = line("bad", "anna", "[]", span("s1", 3, 12, "SOURCE", "Officials", "\"OFFICIAL\"", "false"),
                "{\"id\":\"s2\",\"start\":13,\"end\":20,\"label\":\"DENIAL\",\"text\":\"deny it\"," + flags + "}");
        Path file = Files.writeString(temp.resolve("in.jsonl"), GOOD + "\n" + bad + "\n");
        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("jsonl"), file, Progress.NONE);
        assertThat(summary.errors()).singleElement().asString().startsWith(file + ":2: ").contains(message);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "relation to a missing span | R2\tDenies Arg1:T2 Arg2:T9 | 6 | R2: Arg2 \"T9\" is not a text annotation (T) of this file",
            "relation the labels do not allow | R2\tHedges Arg1:T2 Arg2:T3 | 6 | R2: HEDGES cannot join DENIAL → CLAIM",
            "relation twice | R2\tSaidBy Arg1:T2 Arg2:T1 | 6 | R2 repeats R1",
            "malformed relation | R2\tDenies T2 T3 | 6 | malformed R line",
            "unknown source type | A3\tSourceType T1 PROPHET | 6 | unknown source type \"PROPHET\"",
            "source type on a claim | A3\tSourceType T3 MEDIA | 6 | only a SOURCE span has a SourceType (T3 is CLAIM)",
            "flag on a missing span | A3\tUnsure T7 | 6 | Unsure is on \"T7\", which is not a text annotation (T) of this file",
            "flag with a value | A3\tUnsure T2 yes | 6 | malformed A line",
    })
    void aBadRelationOrAttributeRefusesTheWholeBratFile(String problem, String line, int number, String message)
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("brat/anna"));
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Files.writeString(folder.resolve("a.ann"), "T1\tSOURCE 3 12\tOfficials\nT2\tDENIAL 13 20\tdeny it\n"
                + "T3\tCLAIM 22 34\tKherson fell\nR1\tSaidBy Arg1:T2 Arg2:T1\nA1\tSourceType T1 OFFICIAL\n" + line + "\n");
        Path ann = folder.resolve("a.ann");

        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("brat"), ann, Progress.NONE);

        assertThat(summary.errors()).singleElement().asString().startsWith(ann + ":" + number + ": ").contains(message);
        assertNothingImported();
    }

    @org.junit.jupiter.api.Test
    void aBratSourceWithoutItsTypeIsRefusedNamingItsLine() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("brat/anna"));
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Path ann = Files.writeString(folder.resolve("a.ann"), "T1\tCLAIM 22 34\tKherson fell\nT2\tSOURCE 3 12\tOfficials\n");
        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("brat"), ann, Progress.NONE);
        assertThat(summary.errors()).containsExactly(ann + ":2: source span T2 has no SourceType attribute "
                + "(one of OFFICIAL, MILITARY, POLITICIAN, EXPERT, WITNESS, MEDIA, ANONYMOUS, OTHER)");
        assertNothingImported();
    }

    @org.junit.jupiter.api.Test
    void theGoodLineAloneImportsItsSourcesLinksAndFlags() throws IOException {
        Path file = Files.writeString(temp.resolve("in.jsonl"), GOOD + "\n");
        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("jsonl"), file, Progress.NONE);
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.linksAdded()).isEqualTo(2);
        assertThat(LinkRoundTripTest.content(store)).containsExactly(
                "link good anna 15:22:DENIAL DENIES 24:36:CLAIM",
                "link good anna 15:22:DENIAL SAID_BY 5:14:SOURCE/OFFICIAL",
                "span good anna 15:22:DENIAL null true",
                "span good anna 24:36:CLAIM null false",
                "span good anna 5:14:SOURCE/OFFICIAL null false");
    }

    private void assertNothingImported() {
        assertThat(store.articles().count()).isZero();
        assertThat(store.links().count()).isZero();
        assertThat(store.annotators().all()).isEmpty();
    }

    static String line(String id, String annotator, String links, String... spans) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + TEXT + "\",\"annotator\":\"" + annotator + "\",\"status\":\"done\","
                + "\"spans\":[" + String.join(",", spans) + "],\"links\":" + links + "}";
    }

    static String span(String id, int start, int end, String label, String text, String sourceType, String unsure) {
        return "{\"id\":\"" + id + "\",\"start\":" + start + ",\"end\":" + end + ",\"label\":\"" + label + "\",\"text\":\""
                + text + "\",\"note\":null,\"source_type\":" + sourceType + ",\"unsure\":" + unsure + "}";
    }
}
