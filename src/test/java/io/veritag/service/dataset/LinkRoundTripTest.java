package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.veritag.io.DatasetFormats;
import io.veritag.io.TextHash;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources, links and flags survive export → import into an empty database → export, byte for byte, in jsonl and
 * brat: emoji before every span (code points in the files, UTF-16 inside), hostile notes and source texts, two
 * annotators whose links must not cross.
 */
class LinkRoundTripTest {
    /** Emoji (a flag of two code points, a ZWJ family) before the spans, so that UTF-16 and code points differ. */
    static final String TEXT = "🇺🇦 👨‍👩‍👧 Officials denied that the pullout was a retreat, Shoigu said; it may be a feint.";
    /** Hostile source text: an RTL override, a terminal escape, markup, a formula, a line separator. */
    static final String HOSTILE_TEXT = "\u202Egnp.exe\u202C <b>Ministry</b> \u001B[31m said =HYPERLINK(\"x\") it is over\u2028now.";
    static final String HOSTILE_NOTE = "note \"quoted\"\twith tab, <i>markup</i>, \u001B[2J escape, 😀 emoji and \u2029 separator";

    @TempDir
    Path temp;

    @Test
    void jsonlRoundTripKeepsSourcesLinksAndFlagsByteForByte() throws IOException {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(first.store());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "jsonl", true, List.of(), List.of(), null);

            AnnotationImportSummary imported = Datasets.load(second.store(), one.folder().resolve("data.jsonl"));
            assertThat(imported.linksAdded()).isEqualTo(6);
            ExportResult two = Datasets.export(second.store(), temp.resolve("two"), "jsonl", true, List.of(), List.of(), null);

            Datasets.assertSameFiles(two.folder(), one.folder());
            assertThat(content(second.store())).isEqualTo(content(first.store()));
            assertThat(content(first.store())).hasSize(9 + 6);
        }
    }

    @Test
    void jsonlLinesNameSpansByIdAndCountCodePoints() throws IOException {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(db.store());
            ExportResult result = Datasets.export(db.store(), temp.resolve("out"), "jsonl", true, List.of("anna"), List.of(), null);
            String line = kherson(result);
            int officials = TEXT.codePointCount(0, TEXT.indexOf("Officials"));
            assertThat(officials).isEqualTo(9).isLessThan(TEXT.indexOf("Officials"));
            assertThat(line).contains("{\"id\":\"s1\",\"start\":" + officials + ",\"end\":" + (officials + 9)
                    + ",\"label\":\"SOURCE\",\"text\":\"Officials\",\"note\":null,\"source_type\":\"OFFICIAL\",\"unsure\":false}");
            assertThat(line).contains("\"label\":\"SOURCE\",\"text\":\"Shoigu\",\"note\":null,\"source_type\":\"MILITARY\",\"unsure\":true}");
            assertThat(line).endsWith("\"links\":[{\"type\":\"SAID_BY\",\"from\":\"s2\",\"to\":\"s1\"},"
                    + "{\"type\":\"DENIES\",\"from\":\"s2\",\"to\":\"s3\"},{\"type\":\"SAID_BY\",\"from\":\"s3\",\"to\":\"s4\"},"
                    + "{\"type\":\"HEDGES\",\"from\":\"s5\",\"to\":\"s3\"}]}");
        }
    }

    @Test
    void bratRoundTripKeepsRelationsAndAttributesByteForByte() throws IOException {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(first.store());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "brat", true, List.of(), List.of(), null);
            String ann = Files.readString(one.folder().resolve("anna/kherson.ann"));
            assertThat(ann).contains("R1\tSaidBy Arg1:T2 Arg2:T1\n", "R2\tDenies Arg1:T2 Arg2:T3\n",
                    "R3\tSaidBy Arg1:T3 Arg2:T4\n", "R4\tHedges Arg1:T5 Arg2:T3\n",
                    "A1\tSourceType T1 OFFICIAL\n", "A2\tSourceType T4 MILITARY\n", "A3\tUnsure T4\n", "A4\tUnsure T5\n");
            assertThat(Files.readString(one.folder().resolve("anna/annotation.conf"))).contains(
                    "SaidBy\tArg1:CLAIM|DENIAL|SPECULATION, Arg2:SOURCE\n", "Denies\tArg1:DENIAL, Arg2:CLAIM\n",
                    "Hedges\tArg1:SPECULATION, Arg2:CLAIM\n", "Unsure\tArg:<ENTITY>\n",
                    "SourceType\tArg:SOURCE, Value:OFFICIAL|MILITARY|POLITICIAN|EXPERT|WITNESS|MEDIA|ANONYMOUS|OTHER\n");

            AnnotationImportSummary imported = new AnnotationImportService(second.store())
                    .importAnnotations(DatasetFormats.require("brat"), one.folder(), Progress.NONE);
            assertThat(imported.errors()).isEmpty();
            assertThat(imported.linksAdded()).isEqualTo(6);
            assertThat(imported.ignoredAnnotations()).isZero();
            ExportResult two = Datasets.export(second.store(), temp.resolve("two"), "brat", true, List.of(), List.of(), null);

            Datasets.assertSameFiles(two.folder(), one.folder());
            // brat notes are one line: the hostile note's paragraph separator became a space, nothing else changed
            assertThat(content(second.store())).isEqualTo(content(first.store()).stream()
                    .map(line -> line.replace('\u2029', ' ')).sorted().toList());
            assertThat(one.leftOut()).containsExactly(entry(io.veritag.io.Adjustment.NOTES_FLATTENED, 2));
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNoLinkTwice() throws IOException {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(first.store());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "jsonl", true, List.of(), List.of(), null);
            Datasets.load(second.store(), one.folder().resolve("data.jsonl"));
            AnnotationImportSummary again = Datasets.load(second.store(), one.folder().resolve("data.jsonl"));
            assertThat(again.linksAdded()).isZero();
            assertThat(again.linksAlreadyPresent()).isEqualTo(6);
            assertThat(again.spansAdded()).isZero();
            assertThat(content(second.store())).isEqualTo(content(first.store()));
        }
    }

    @Test
    void otherFormatsSayWhatTheyCannotCarryAndCountWhatTheyLeftOut() throws IOException {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(db.store());
            for (String format : List.of("doccano", "spacy", "csv", "conll")) {
                ExportResult result = Datasets.export(db.store(), temp.resolve(format), format, true, List.of(), List.of(), null);
                var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.folder().resolve("manifest.json").toFile());
                assertThat(manifest.get("cannot_carry").toString()).as(format)
                        .isEqualTo("[\"links\",\"source_types\",\"unsure_flags\"]");
                assertThat(manifest.at("/counts/left_out_or_changed/links_not_carried").asInt()).as(format).isEqualTo(6);
                assertThat(manifest.at("/counts/left_out_or_changed/source_types_not_carried").asInt()).as(format).isEqualTo(4);
                assertThat(manifest.at("/counts/left_out_or_changed/unsure_flags_not_carried").asInt()).as(format).isEqualTo(2);
                assertThat(result.describe()).as(format).contains(
                        "left out or changed: 6 links (said by, denies, hedges), which this format cannot hold");
            }
            for (String format : List.of("jsonl", "brat")) {
                ExportResult result = Datasets.export(db.store(), temp.resolve(format), format, true, List.of(), List.of(), null);
                var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.folder().resolve("manifest.json").toFile());
                assertThat(manifest.get("cannot_carry").size()).as(format).isZero();
                assertThat(result.leftOut()).as(format).doesNotContainKeys(io.veritag.io.Adjustment.LINKS_NOT_CARRIED,
                        io.veritag.io.Adjustment.SOURCE_TYPES_NOT_CARRIED, io.veritag.io.Adjustment.UNSURE_FLAGS_NOT_CARRIED);
            }
        }
    }

    @Test
    void aLabelLeftOutOfTheExportTakesItsLinksWithIt() throws IOException {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            labelSample(db.store());
            ExportResult result = Datasets.export(db.store(), temp.resolve("out"), "jsonl", true, List.of("anna"),
                    List.of("CLAIM", "DENIAL", "SPECULATION"), null);
            String line = kherson(result);
            assertThat(line).doesNotContain("SOURCE", "SAID_BY")
                    .endsWith("\"links\":[{\"type\":\"DENIES\",\"from\":\"s1\",\"to\":\"s2\"},"
                            + "{\"type\":\"HEDGES\",\"from\":\"s3\",\"to\":\"s2\"}]}");
            assertThat(result.leftOut()).containsEntry(io.veritag.io.Adjustment.LINKS_TO_UNEXPORTED_LABELS, 2);
        }
    }

    /** anna's line for the article with the links. */
    private static String kherson(ExportResult result) throws IOException {
        return Files.readAllLines(result.folder().resolve("data.jsonl")).stream()
                .filter(l -> l.startsWith("{\"id\":\"kherson\"") && l.contains("\"annotator\":\"anna\""))
                .findFirst().orElseThrow();
    }

    /**
     * anna: Officials (OFFICIAL) ← said by ← DENIAL → denies → CLAIM → said by → Shoigu (MILITARY, unsure);
     * SPECULATION (unsure, hostile note) hedges CLAIM. ben: a CLAIM said by a hostile source, on a hostile text.
     */
    static void labelSample(Store store) {
        long kherson = store.articles().insert(new NewArticle("kherson", "Kherson 🇺🇦", "Outlet", null, null, TEXT),
                TextHash.sha256(TEXT));
        long hostile = store.articles().insert(new NewArticle("hostile", "<b>t</b>", null, null, null, HOSTILE_TEXT),
                TextHash.sha256(HOSTILE_TEXT));
        Annotator anna = store.annotators().getOrCreate("anna");
        Annotator ben = store.annotators().getOrCreate("ben");
        Span officials = span(store, kherson, anna, "Officials", Label.SOURCE, null, SourceType.OFFICIAL);
        Span denial = span(store, kherson, anna, "Officials denied that the pullout was a retreat", Label.DENIAL, null, null);
        Span claim = span(store, kherson, anna, "the pullout was a retreat", Label.CLAIM, null, null);
        Span shoigu = span(store, kherson, anna, "Shoigu", Label.SOURCE, null, SourceType.MILITARY);
        store.spans().setFlags(shoigu.id(), SourceType.MILITARY, true);
        Span hedge = span(store, kherson, anna, "it may be a feint", Label.SPECULATION, HOSTILE_NOTE, null);
        store.spans().setFlags(hedge.id(), null, true);
        store.links().insert(denial, officials, LinkType.SAID_BY);
        store.links().insert(denial, claim, LinkType.DENIES);
        store.links().insert(claim, shoigu, LinkType.SAID_BY);
        store.links().insert(hedge, claim, LinkType.HEDGES);
        // ben's spans on the same article, at the same offsets: links must stay his
        Span benClaim = span(store, kherson, ben, "the pullout was a retreat", Label.CLAIM, null, null);
        Span benSource = span(store, kherson, ben, "Shoigu", Label.SOURCE, null, SourceType.POLITICIAN);
        store.links().insert(benClaim, benSource, LinkType.SAID_BY);
        Span ministry = span(store, hostile, ben, "\u202Egnp.exe\u202C <b>Ministry</b> \u001B[31m", Label.SOURCE, HOSTILE_NOTE, SourceType.ANONYMOUS);
        Span over = span(store, hostile, ben, "it is over\u2028now", Label.CLAIM, "=HYPERLINK(\"x\")", null);
        store.links().insert(over, ministry, LinkType.SAID_BY);
        for (long article : List.of(kherson, hostile)) {
            store.statuses().set(article, anna.id(), ArticleStatus.DONE);
            store.statuses().set(article, ben.id(), ArticleStatus.IN_PROGRESS);
        }
    }

    private static Span span(Store store, long article, Annotator annotator, String covered, String label, String note,
                             SourceType sourceType) {
        String text = article == store.articles().get(article).orElseThrow().id() ? store.articles().get(article).orElseThrow().text() : "";
        int start = text.indexOf(covered);
        assertThat(start).as(covered).isNotNegative();
        return store.spans().insert(article, annotator.id(), start, start + covered.length(), label, note, sourceType, null);
    }

    /** Spans with flags and links of every annotator, as sorted lines (ids left out, ends named by offsets). */
    static List<String> content(Store store) {
        List<String> lines = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        store.annotators().all().forEach(a -> names.put(a.id(), a.name()));
        for (var summary : store.articles().summaries()) {
            Map<Long, Span> spans = new HashMap<>();
            for (Span s : store.spans().forArticle(summary.id())) {
                spans.put(s.id(), s);
                lines.add("span " + summary.externalId() + " " + names.get(s.annotatorId()) + " " + describe(s) + " "
                        + s.note() + " " + s.unsure());
            }
            for (Link link : store.links().forArticle(summary.id())) {
                lines.add("link " + summary.externalId() + " " + names.get(link.annotatorId()) + " "
                        + describe(spans.get(link.fromSpanId())) + " " + link.type() + " " + describe(spans.get(link.toSpanId())));
            }
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static String describe(Span s) {
        return s.start() + ":" + s.end() + ":" + s.label() + (s.sourceType() == null ? "" : "/" + s.sourceType());
    }
}
