package io.veritag.service.dataset;

import io.veritag.service.Progress;
import io.veritag.service.CancelledException;
import io.veritag.model.AppVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.io.AnnotatedDocument;
import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.io.DatasetWriter;
import io.veritag.io.ExportFolder;
import io.veritag.io.ExportSettings;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    @TempDir
    Path temp;
    private Database database;
    private Store store;

    @BeforeEach
    void loadTheGoldenCorpus() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        Datasets.load(store, Datasets.golden());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportsDoneLayersWithAManifestThatChecksEveryFile() throws Exception {
        ExportResult result = Datasets.export(store, temp.resolve("out"), "jsonl", false, List.of(), List.of(), null);

        assertThat(result.articles()).isEqualTo(4);
        assertThat(result.documents()).isEqualTo(4);
        assertThat(result.spans()).isEqualTo(9);
        assertThat(result.spansByLabel()).containsExactly(entry("CLAIM", 4), entry("DENIAL", 2), entry("SPECULATION", 3),
                entry("SOURCE", 0));
        assertThat(result.spansByAnnotator()).containsOnlyKeys("anna");
        assertThat(Datasets.dataFiles(result.folder())).containsExactly("data.jsonl");

        JsonNode manifest = new ObjectMapper().readTree(result.folder().resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
        assertThat(manifest.get("program_version").asText()).isEqualTo(AppVersion.program());
        assertThat(manifest.get("schema_version").asText()).isEqualTo(AppVersion.schema());
        assertThat(manifest.at("/selection/statuses").asText()).isEqualTo("done");
        assertThat(manifest.at("/counts/spans").asInt()).isEqualTo(9);
        assertThat(manifest.at("/counts/spans_by_annotator/anna/DENIAL").asInt()).isEqualTo(2);
        assertThat(texts(manifest.at("/articles/all"))).containsExactly("a-emoji", "b-cjk", "c-crlf", "d-empty");
        JsonNode file = manifest.at("/files/0");
        assertThat(file.get("path").asText()).isEqualTo("data.jsonl");
        byte[] bytes = Files.readAllBytes(result.folder().resolve("data.jsonl"));
        assertThat(file.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(file.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void selectsAnnotatorsStatusesAndLabels() {
        ExportResult ben = Datasets.export(store, temp.resolve("ben"), "csv", true, List.of("ben"), List.of(), null);
        assertThat(ben.documents()).isEqualTo(1);
        assertThat(ben.spansByAnnotator()).containsOnlyKeys("ben");

        ExportResult benDone = Datasets.export(store, temp.resolve("ben-done"), "csv", false, List.of("ben"), List.of(), null);
        assertThat(benDone.documents()).isZero();

        ExportResult denials = Datasets.export(store, temp.resolve("denials"), "jsonl", true, List.of(), List.of("DENIAL"), null);
        assertThat(denials.documents()).isEqualTo(5);
        assertThat(denials.spansByLabel()).containsExactly(entry("DENIAL", 2));
    }

    @Test
    void refusesUnknownAnnotatorsLabelsAndAnExistingFolder() throws IOException {
        assertThatThrownBy(() -> Datasets.export(store, temp.resolve("x"), "jsonl", false, List.of("zoe"), List.of(), null))
                .hasMessage("unknown annotator 'zoe' (known: anna, ben)");
        assertThatThrownBy(() -> Datasets.export(store, temp.resolve("x"), "jsonl", false, List.of(), List.of("RUMOUR"), null))
                .hasMessage("unknown label RUMOUR (known: CLAIM, DENIAL, SPECULATION, SOURCE)");
        Files.createDirectories(temp.resolve("taken"));
        assertThatThrownBy(() -> Datasets.export(store, temp.resolve("taken"), "jsonl", false, List.of(), List.of(), null))
                .hasMessage("export destination " + temp.resolve("taken") + " already exists");
    }

    @Test
    void splitsByArticleTheSameWayEveryTime() throws IOException {
        for (int i = 0; i < 16; i++) {
            long id = store.articles().insert(new NewArticle("extra-" + i, "t", null, null, null, "Text " + i + " 🇺🇦"), "sha" + i);
            store.statuses().set(id, store.annotators().byName("anna").orElseThrow().id(), ArticleStatus.DONE);
        }
        DatasetSplit split = DatasetSplit.parse("80/10/10", 7);
        ExportResult one = Datasets.export(store, temp.resolve("one"), "jsonl", false, List.of(), List.of(), split);
        ExportResult two = Datasets.export(store, temp.resolve("two"), "jsonl", false, List.of(), List.of(), split);

        assertThat(one.parts()).containsOnlyKeys("train", "dev", "test");
        assertThat(one.parts().get("train")).hasSize(16);
        assertThat(one.parts().get("dev")).hasSize(2);
        assertThat(one.parts().get("test")).hasSize(2);
        assertThat(two.parts()).isEqualTo(one.parts());
        assertThat(Datasets.dataFiles(one.folder())).containsExactly("dev.jsonl", "test.jsonl", "train.jsonl");
        Datasets.assertSameFiles(two.folder(), one.folder());

        ExportResult otherSeed = Datasets.export(store, temp.resolve("three"), "jsonl", false, List.of(), List.of(),
                DatasetSplit.parse("80/10/10", 8));
        assertThat(otherSeed.parts()).isNotEqualTo(one.parts());
        assertThat(split.assign(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")).values())
                .filteredOn("train"::equals).hasSize(8);
    }

    @Test
    void anExportThatFailsHalfWayLeavesNothingBehind() throws IOException {
        DatasetFormat failing = new FailingFormat(2);
        Path out = temp.resolve("exports").resolve("broken");
        ExportService service = new ExportService(store, temp.resolve("exports"), Clock.systemUTC());
        assertThatThrownBy(() -> service.export(new ExportRequest(failing, io.veritag.service.dataset.ExportLayer.annotators(List.of()),
                true, List.of(), null, out), Progress.NONE))
                .hasMessage("export failed: disk full (simulated)");
        assertThat(out).doesNotExist();
        assertThat(list(temp.resolve("exports"))).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws IOException {
        List<Long> seen = new ArrayList<>();
        Progress cancelAfterFirstArticle = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(done);
            }

            @Override
            public boolean isCancelled() {
                return seen.contains(1L);
            }
        };
        Path exports = Files.createDirectories(temp.resolve("exports"));
        ExportService service = new ExportService(store, exports, Clock.systemUTC());
        assertThatThrownBy(() -> service.export(new ExportRequest(DatasetFormats.require("brat"),
                io.veritag.service.dataset.ExportLayer.annotators(List.of()), true, List.of(), null, null), cancelAfterFirstArticle))
                .isInstanceOf(CancelledException.class);
        assertThat(list(exports)).isEmpty();
    }

    @Test
    void namesTheDefaultFolderAfterFormatAndTime() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:15:00Z"), ZoneOffset.UTC);
        ExportService service = new ExportService(store, temp.resolve("exports"), clock);
        ExportResult first = service.export(new ExportRequest(DatasetFormats.require("conll"),
                io.veritag.service.dataset.ExportLayer.annotators(List.of()), false, List.of(), null, null), Progress.NONE);
        ExportResult second = service.export(new ExportRequest(DatasetFormats.require("conll"),
                io.veritag.service.dataset.ExportLayer.annotators(List.of()), false, List.of(), null, null), Progress.NONE);
        assertThat(first.folder()).isEqualTo(temp.resolve("exports/conll-20261123-121500"));
        assertThat(second.folder()).isEqualTo(temp.resolve("exports/conll-20261123-121500-2"));
        assertThat(first.leftOut()).containsExactly(entry(io.veritag.io.Adjustment.OVERLAPPING_SPANS, 2));
    }

    @Test
    void widensASpanWhoseEdgeFallsInsideAnEmoji() throws IOException {
        long article = store.articles().insert(new NewArticle("odd", "t", null, null, null, "Flag 🇺🇦 here"), "sha-odd");
        long anna = store.annotators().byName("anna").orElseThrow().id();
        store.spans().insert(article, anna, 6, 8, "CLAIM", null); // from the low half of 🇺 to the high half of 🇦
        store.statuses().set(article, anna, ArticleStatus.DONE);

        ExportResult result = Datasets.export(store, temp.resolve("out"), "jsonl", false, List.of(), List.of(), null);
        assertThat(result.leftOut()).containsExactly(entry(io.veritag.io.Adjustment.SPANS_WIDENED, 1));
        assertThat(Files.readString(result.folder().resolve("data.jsonl")))
                .contains("\"spans\":[{\"id\":\"s1\",\"start\":5,\"end\":7,\"label\":\"CLAIM\",\"text\":\"🇺🇦\",\"note\":null,"
                        + "\"source_type\":null,\"unsure\":false}],\"links\":[]");
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Writes real jsonl, then fails like a full disk at the n-th document. */
    private record FailingFormat(int failAt) implements DatasetFormat {
        @Override
        public String name() {
            return "failing-" + UUID.randomUUID();
        }

        @Override
        public String description() {
            return "fails half-way";
        }

        @Override
        public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException {
            DatasetWriter real = DatasetFormats.require("jsonl").openWriter(folder, part, settings);
            return new DatasetWriter() {
                private int written;

                @Override
                public void write(AnnotatedDocument document) throws IOException {
                    if (++written == failAt) {
                        throw new IOException("disk full (simulated)");
                    }
                    real.write(document);
                }

                @Override
                public Map<io.veritag.io.Adjustment, Integer> finish() throws IOException {
                    return real.finish();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }
    }
}
