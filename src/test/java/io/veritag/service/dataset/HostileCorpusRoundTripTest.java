package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.HostileCorpus;
import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus through every format of the registry: every export succeeds, stays inside its folder,
 * accounts for what it changed, and the formats Veritag reads come back with nothing lost.
 */
class HostileCorpusRoundTripTest {
    @TempDir
    Path temp;
    private Database database;
    private Store store;

    @BeforeEach
    void importCorpus() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        HostileCorpus corpus = new HostileCorpus(9).standard();
        // names with HTML and a separator-free form of everything else a report shows
        corpus.add("report-names", "<html>" + HostileCorpus.ESCAPES, "<b>anna</b> & \"ben\"", "Names are data, not markup.",
                "not markup", "<script>alert(1)</script>");
        Datasets.load(store, corpus.write(temp.resolve("hostile.jsonl")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyFormatExportsAndTheReadableOnesComeBackWhole() throws Exception {
        List<String> original = Datasets.content(store);
        ObjectMapper json = new ObjectMapper();
        for (DatasetFormat format : DatasetFormats.exportable()) {
            Path out = temp.resolve("exports/" + format.name());
            ExportResult result = new ExportService(store, out.getParent(), Clock.systemUTC()).export(new ExportRequest(
                    format, ExportLayer.annotators(List.of()), false, List.of(), null, out), Progress.NONE);
            assertThat(result.documents()).as(format.name()).isEqualTo(6);
            assertThat(result.spans()).as(format.name()).isEqualTo(6);
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile)).as(format.name()).allSatisfy(f -> {
                    assertThat(f.toRealPath()).startsWith(out.toRealPath());
                    if (f.toString().endsWith(".json") || f.toString().endsWith(".jsonl")) {
                        for (String line : Files.readAllLines(f)) {
                            if (!line.isBlank() && f.toString().endsWith(".jsonl")) {
                                assertThat(json.readTree(line).isObject()).isTrue();
                            }
                        }
                    }
                });
            }
            if (format.reader().isEmpty()) {
                continue;
            }
            try (Database fresh = io.veritag.testing.TestDatabase.fresh()) {
                AnnotationImportSummary back = new AnnotationImportService(fresh.store())
                        .importAnnotations(format, out, Progress.NONE);
                assertThat(back.errors()).as(format.name()).isEmpty();
                assertThat(back.spansAdded()).as(format.name()).isEqualTo(6);
                if (format.name().equals("jsonl")) {
                    assertThat(Datasets.content(fresh.store())).isEqualTo(original);
                } else if (format.name().equals("doccano")) {
                    // doccano holds no notes
                    assertThat(spansWithoutNotes(fresh.store())).isEqualTo(spansWithoutNotes(store));
                } else {
                    // brat holds no title, source or url, and its notes are one line (counted as changed)
                    assertThat(spansWithOneLineNotes(fresh.store())).isEqualTo(spansWithOneLineNotes(store));
                }
            }
        }
        JsonNode jsonlManifest = json.readTree(temp.resolve("exports/jsonl/manifest.json").toFile());
        assertThat(jsonlManifest.at("/counts/left_out_or_changed").size()).isZero();
    }

    private static List<String> spansWithoutNotes(Store store) {
        return Datasets.content(store).stream().filter(l -> l.startsWith("span ") || l.startsWith("annotator "))
                .map(l -> l.startsWith("span ") ? l.substring(0, nthSpace(l, 6)) : l).toList();
    }

    /** Where the n-th space of "span id annotator start end label note" is: the line up to the label. */
    private static int nthSpace(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(' ', at + 1);
        }
        return at;
    }

    private static List<String> spansWithOneLineNotes(Store store) {
        return Datasets.content(store).stream().filter(l -> l.startsWith("span ") || l.startsWith("annotator "))
                .map(l -> l.replace('\u2028', ' ')).toList();
    }

    @Test
    void aCorpusWithALoneSurrogateIsRefusedWholeWithItsLine() throws Exception {
        Path bad = new HostileCorpus(9).standard().add("lone", "Lone SURROGATE surrogate", "anna", "A text.", "text", null)
                .write(temp.resolve("lone.jsonl"));
        // as JavaScript's JSON.stringify or Python's json.dumps write a lone surrogate: an escape
        Files.writeString(bad, Files.readString(bad).replace("SURROGATE", "\\ud800"));
        try (Database fresh = io.veritag.testing.TestDatabase.fresh()) {
            AnnotationImportSummary summary = new AnnotationImportService(fresh.store())
                    .importAnnotations(DatasetFormats.require("jsonl"), bad, Progress.NONE);
            assertThat(summary.errors()).containsExactly(
                    bad + ":6: \"title\" is not valid Unicode: lone surrogate U+D800 at character 6");
            assertThat(fresh.store().articles().summaries()).isEmpty();
        }
    }
}
