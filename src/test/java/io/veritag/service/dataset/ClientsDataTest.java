package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.io.DatasetFormats;
import io.veritag.io.TextHash;
import io.veritag.io.TextNormalizer;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.TextOffsets;
import io.veritag.service.Progress;
import io.veritag.store.DatasetStore;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local check on real, messy spans (nested and overlapping, code point offsets): the SFU review corpus in
 * /work/shared/clients-data. It is GPL-licensed, so it is read from there when present and never copied.
 */
@EnabledIf("present")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientsDataTest {
    static final Path DATA = System.getProperty("veritag.clients-data") != null
            ? Path.of(System.getProperty("veritag.clients-data")) : io.veritag.testing.SharedFolder.resolve("clients-data");
    @TempDir
    Path temp;
    private Database database;
    private Store store;
    private int spans;

    static boolean present() {
        return Files.isRegularFile(DATA.resolve("sfu_reviews_cues.jsonl")) && Files.isRegularFile(DATA.resolve("sfu_reviews_scopes.jsonl"));
    }

    @BeforeAll
    void load() throws IOException {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        spans = load("cues", DATA.resolve("sfu_reviews_cues.jsonl")) + load("scopes", DATA.resolve("sfu_reviews_scopes.jsonl"));
        assertThat(spans).isGreaterThan(3000);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void everyExportedSpanCarriesTheTextAtItsCodePointOffsets() throws IOException {
        ExportResult jsonl = Datasets.export(store, temp.resolve("jsonl"), "jsonl", false, List.of(), List.of(), null);
        assertThat(jsonl.spans()).isEqualTo(spans);
        int checked = 0;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl.folder().resolve("data.jsonl"))) {
            JsonNode node = json.readTree(line);
            String text = node.get("text").asText();
            for (JsonNode span : node.get("spans")) {
                assertThat(codePoints(text, span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(spans);

        ExportResult csv = Datasets.export(store, temp.resolve("csv"), "csv", false, List.of(), List.of(), null);
        Map<String, String> texts = new java.util.HashMap<>();
        store.articles().forEach(a -> texts.put(a.externalId(), a.text()));
        int rows = 0;
        try (Reader in = Files.newBufferedReader(csv.folder().resolve("data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThat(codePoints(texts.get(row.get("article_id")), Integer.parseInt(row.get("start")),
                        Integer.parseInt(row.get("end")))).isEqualTo(row.get("text"));
                rows++;
            }
        }
        assertThat(rows).isEqualTo(spans);
    }

    @Test
    void conllAccountsForEverySpanItCannotWrite() throws IOException {
        ExportResult conll = Datasets.export(store, temp.resolve("conll"), "conll", false, List.of(), List.of(), null);
        int written = 0;
        try (BufferedReader in = Files.newBufferedReader(conll.folder().resolve("data.conll"))) {
            String lastTagBeforeBreak = "O";
            String previous = "O";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("-DOCSTART-")) {
                    previous = "O";
                    lastTagBeforeBreak = "O";
                    continue;
                }
                if (line.isEmpty()) {
                    lastTagBeforeBreak = previous;
                    previous = "";
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).hasSize(2);
                assertThat(columns[0]).isNotEmpty().doesNotContainAnyWhitespaces();
                String tag = columns[1];
                if (tag.startsWith("I-")) {
                    assertThat(previous).as("I- follows B- or I- of its label").endsWith(tag.substring(1));
                }
                boolean continuesAcrossSentence = previous.isEmpty() && !lastTagBeforeBreak.equals("O")
                        && lastTagBeforeBreak.substring(2).equals(tag.substring(Math.min(2, tag.length())));
                if (tag.startsWith("B-") && !continuesAcrossSentence) {
                    written++;
                }
                previous = tag;
            }
        }
        Map<io.veritag.io.Adjustment, Integer> leftOut = conll.leftOut();
        assertThat(leftOut.get(io.veritag.io.Adjustment.OVERLAPPING_SPANS)).isGreaterThan(200);
        int notWritten = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(written + notWritten).isEqualTo(spans);
    }

    @Test
    void jsonlAndBratRoundTripsAreByteIdentical() throws IOException {
        for (String format : List.of("jsonl", "brat")) {
            ExportResult one = Datasets.export(store, temp.resolve(format + "-one"), format, false, List.of(), List.of(), null);
            try (Database empty = io.veritag.testing.TestDatabase.fresh()) {
                Path input = format.equals("jsonl") ? one.folder().resolve("data.jsonl") : one.folder();
                AnnotationImportSummary summary = new AnnotationImportService(empty.store())
                        .importAnnotations(DatasetFormats.require(format), input, Progress.NONE);
                assertThat(summary.errors()).isEmpty();
                ExportResult two = Datasets.export(empty.store(), temp.resolve(format + "-two"), format, false, List.of(), List.of(), null);
                Datasets.assertSameFiles(two.folder(), one.folder());
                assertThat(two.spans()).isEqualTo(spans);
            }
        }
    }

    /** Loads the neutral JSONL ({"id","text","spans":[[start,end,label]]}, code points) as one annotator's done layer. */
    private int load(String annotator, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long annotatorId = store.annotators().getOrCreate(annotator).id();
        int count = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode node = json.readTree(line);
            String id = node.get("id").asText();
            String text = node.get("text").asText();
            assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
            long articleId = store.articles().byExternalId(id).map(a -> a.id())
                    .orElseGet(() -> store.articles().insert(new NewArticle(id, id, "SFU Review Corpus", null, null, text), TextHash.sha256(text)));
            TextOffsets offsets = TextOffsets.of(text);
            Set<String> seen = new LinkedHashSet<>();
            List<DatasetStore.NewSpan> spans = new ArrayList<>();
            for (JsonNode span : node.get("spans")) {
                int start = offsets.toUtf16(span.get(0).asInt());
                int end = offsets.toUtf16(span.get(1).asInt());
                if (seen.add(start + ":" + end + ":" + span.get(2).asText())) {
                    spans.add(new DatasetStore.NewSpan(start, end, span.get(2).asText(), null));
                }
            }
            store.datasets().insertSpans(articleId, text.length(), annotatorId, spans);
            store.statuses().set(articleId, annotatorId, ArticleStatus.DONE);
            count += spans.size();
        }
        return count;
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
