package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import io.veritag.HostileCorpus;
import io.veritag.io.Adjustment;
import io.veritag.io.DatasetFormats;
import io.veritag.io.ExportWarning;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.brat.internal.model.BratAnnotation;
import org.dkpro.core.io.brat.internal.model.BratAnnotationDocument;
import org.dkpro.core.io.brat.internal.model.BratNoteAnnotation;
import org.dkpro.core.io.brat.internal.model.BratTextAnnotation;
import org.dkpro.core.io.conll.Conll2002Reader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile corpus exported in every format: files that third-party readers accept, and nothing lost unsaid. */
class HostileExportTest {
    @TempDir
    Path temp;
    private Database database;
    private Store store;

    @BeforeEach
    void importHostileCorpus() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        Datasets.load(store, new HostileCorpus(9).standard().write(temp.resolve("hostile.jsonl")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExportResult export(String format, boolean spreadsheetSafe) {
        Path out = temp.resolve("exports/" + format + (spreadsheetSafe ? "-safe" : ""));
        return new ExportService(store, out.getParent(), Clock.systemUTC()).export(new ExportRequest(
                DatasetFormats.require(format), ExportLayer.annotators(List.of()), false, List.of(), null, out,
                spreadsheetSafe), Progress.NONE);
    }

    @Test
    void bratGivesLongIdsShortStableNamesAndAnAnnotatorCalledManifestItsOwnFolder() throws Exception {
        ExportResult first = export("brat", false);
        JsonNode manifest = new ObjectMapper().readTree(first.folder().resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asText()).isEqualTo("brat");
        try (Stream<Path> files = Files.walk(first.folder())) {
            for (Path file : files.toList()) {
                assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).as(file.toString())
                        .isLessThanOrEqualTo(140);
            }
        }
        assertThat(first.folder().resolve("manifest%2Ejson/annotation.conf")).exists();
        List<String> originals = new ArrayList<>();
        manifest.get("file_names").fields().forEachRemaining(e -> originals.add(e.getValue().asText()));
        assertThat(originals).containsExactlyInAnyOrder(HostileCorpus.LONG_ASCII, HostileCorpus.LONG_CJK, HostileCorpus.SLASHES);

        // stable: a second export names every file the same
        ExportResult second = export("brat", true);
        assertThat(Datasets.dataFiles(second.folder())).isEqualTo(Datasets.dataFiles(first.folder()));

        // and Veritag reads it all back: same articles, spans (notes one line, as counted)
        assertThat(first.leftOut()).containsEntry(Adjustment.NOTES_FLATTENED, 1);
        assertThat(Adjustment.NOTES_FLATTENED.description())
                .isEqualTo("notes whose line breaks (LF, CR, NEL, U+2028, U+2029) became spaces (brat notes are one line)");
        try (Database fresh = io.veritag.testing.TestDatabase.fresh()) {
            AnnotationImportSummary summary = new AnnotationImportService(fresh.store())
                    .importAnnotations(DatasetFormats.require("brat"), first.folder(), Progress.NONE);
            assertThat(summary.errors()).isEmpty();
            assertThat(spans(fresh.store())).isEqualTo(spans(store));
        }
    }

    /** Span lines of {@link Datasets#content} with notes made one line, as brat holds them. */
    private static List<String> spans(Store store) {
        return Datasets.content(store).stream().filter(l -> l.startsWith("span "))
                .map(l -> l.replace('\u2028', ' ')).toList();
    }

    @Test
    void bratAnnFilesAreReadByDkproDespiteLineSeparatorsInSpansAndNotes() throws Exception {
        ExportResult brat = export("brat", false);
        int textAnnotations = 0;
        int notes = 0;
        try (Stream<Path> files = Files.walk(brat.folder())) {
            for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).toList()) {
                String content = Files.readString(ann);
                assertThat(content).doesNotContain("\u2028", "\u2029", "\u0085");
                BratAnnotationDocument document = BratAnnotationDocument.read(new StringReader(content));
                for (BratAnnotation annotation : document.getAnnotations()) {
                    if (annotation instanceof BratTextAnnotation text) {
                        textAnnotations++;
                        assertThat(text.getType()).isEqualTo("CLAIM");
                    } else if (annotation instanceof BratNoteAnnotation) {
                        notes++;
                    }
                }
            }
        }
        assertThat(textAnnotations).isEqualTo(5);
        assertThat(notes).isEqualTo(5);
    }

    @Test
    void conllIsReadByDkproConll2002ReaderAndTheManifestSaysWhoseEachDocumentIs() throws Exception {
        ExportResult conll = export("conll", false);
        List<String> docstarts = Files.readAllLines(conll.folder().resolve("data.conll")).stream()
                .filter(l -> l.startsWith("-DOCSTART-")).toList();
        assertThat(docstarts).hasSize(5).containsOnly("-DOCSTART-\tO");

        int entities = 0;
        for (JCas jcas : SimplePipeline.iteratePipeline(CollectionReaderFactory.createReaderDescription(Conll2002Reader.class,
                Conll2002Reader.PARAM_SOURCE_LOCATION, conll.folder().toString(),
                Conll2002Reader.PARAM_PATTERNS, "*.conll",
                Conll2002Reader.PARAM_LANGUAGE, "en",
                Conll2002Reader.PARAM_COLUMN_SEPARATOR, "tab"))) {
            for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
                assertThat(entity.getValue()).isEqualTo("CLAIM");
                entities++;
            }
        }
        assertThat(entities).isEqualTo(5);

        JsonNode manifest = new ObjectMapper().readTree(conll.folder().resolve("manifest.json").toFile());
        List<String> order = new ArrayList<>();
        manifest.at("/documents/all").forEach(d -> order.add(d.get("article").asText() + " by " + d.get("annotator").asText()));
        assertThat(order).hasSize(5);
        assertThat(order.stream().map(o -> o.substring(0, o.indexOf(" by "))).distinct().toList())
                .isEqualTo(conll.parts().get("all"));
    }

    @Test
    void csvIsExactByDefaultWithAWarningAndNeutralisedOnRequest() throws Exception {
        ExportResult exact = export("csv", false);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(exact.folder().resolve("data.csv"))).getRecords();
        assertThat(rows).extracting(r -> r.get("note")).contains("=HYPERLINK(\"http://127.0.0.1:9/f\",\"click\")", "-2+3",
                "+cmd|' /C calc'!A0", "@SUM(1+1)\u2028line");
        String warning = "cells beginning with =, +, -, @, tab or CR, which a spreadsheet may run as formulas "
                + "(export with the spreadsheet option before opening the CSV in a spreadsheet)";
        assertThat(ExportWarning.FORMULA_CELLS.description()).isEqualTo(warning);
        assertThat(exact.warnings()).containsEntry(ExportWarning.FORMULA_CELLS, 4);
        assertThat(exact.describe()).contains("warning: 4 " + warning);
        JsonNode manifest = new ObjectMapper().readTree(exact.folder().resolve("manifest.json").toFile());
        assertThat(manifest.at("/warnings").get("formula_cells").asInt()).isEqualTo(4);

        ExportResult safe = export("csv", true);
        List<CSVRecord> safeRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(safe.folder().resolve("data.csv"))).getRecords();
        assertThat(safeRows).extracting(r -> r.get("note")).contains("'=HYPERLINK(\"http://127.0.0.1:9/f\",\"click\")",
                "'-2+3", "'+cmd|' /C calc'!A0", "'@SUM(1+1)\u2028line");
        assertThat(safeRows).allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@")));
        assertThat(safe.warnings()).isEmpty();
        assertThat(safe.leftOut()).containsEntry(Adjustment.SPREADSHEET_CELLS_NEUTRALISED, 4);
        assertThat(Adjustment.SPREADSHEET_CELLS_NEUTRALISED.description())
                .isEqualTo("cells beginning with =, +, -, @, tab or CR given a leading ' for spreadsheets");
    }

    @Test
    void aJsonlLineVeritagCouldNotReadBackIsRefusedAtExportWithNothingWritten() throws Exception {
        String text = "x".repeat(io.veritag.model.Limits.ARTICLE_TEXT_CHARS - 1) + "y";
        Path big = temp.resolve("big.jsonl");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("{\"id\":\"big\",\"title\":\"big\",\"text\":\"" + text + "\",\"annotator\":\"anna\",\"status\":\"done\",\"spans\":["
                    + "{\"start\":0,\"end\":" + text.length() + ",\"label\":\"CLAIM\",\"text\":\"" + text + "\"}]}\n");
        }
        Datasets.load(store, big);
        // a second span over the whole text makes the line longer than the import reads
        long id = store.articles().idBySha256(io.veritag.io.TextHash.sha256(text)).orElseThrow();
        new io.veritag.service.LabelingService(store, store.annotators().getOrCreate("anna"))
                .createSpan(store.articles().get(id).orElseThrow(), 0, text.length(), "DENIAL", false);
        Path out = temp.resolve("exports/too-long");
        assertThatThrownBy(() -> new ExportService(store, out.getParent(), Clock.systemUTC()).export(new ExportRequest(
                DatasetFormats.require("jsonl"), ExportLayer.annotators(List.of()), true, List.of(), null, out),
                Progress.NONE))
                .hasMessageStartingWith("export failed: article 'big' (anna): its line would be ")
                .hasMessageContaining("over the " + io.veritag.model.Limits.JSONL_LINE_CHARS + " that Veritag's jsonl import reads");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aKilledExportsPartialFolderIsCleanedByTheNextExport() throws Exception {
        Path leftover = Files.createDirectories(temp.resolve("exports/.brat-1.partial-0123abcd/anna"));
        Files.writeString(leftover.resolve("a.txt"), "half");
        Files.writeString(leftover.getParent().resolve(".export.lock"), "");
        Path unrelated = Files.createDirectories(temp.resolve("exports/.git"));
        export("csv", false);
        assertThat(leftover.getParent()).doesNotExist();
        assertThat(unrelated).exists();
    }
}
