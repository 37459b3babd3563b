package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.io.DatasetFormats;
import io.veritag.io.ImportOptions;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Span;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Label Studio and doccano exports (hand-written golden files in {@code io/veritag/io/interchange}: emoji, 𝕏, a flag,
 * CRLF text, bidi overrides, terminal escapes, markup, U+2028, old UTF-16 Label Studio offsets) import with a label
 * map; unknown labels refuse the whole file with every name found; bad offsets and texts name file, line and task.
 */
class ForeignImportTest {
    @TempDir
    Path temp;

    @Test
    void labelStudioExportImportsWithALabelMap() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            AnnotationImportSummary summary = importFile(db.store(), "labelstudio", golden("labelstudio-export.json"),
                    "PER=SOURCE:OFFICIAL,ORG=", null);
            assertThat(summary.errors()).isEmpty();
            assertThat(summary.documents()).isEqualTo(2); // anna's and user 7's (user 2 skipped the task)
            assertThat(summary.articlesCreated()).isEqualTo(2);
            // choices, relation, the ORG of "𝕏 users" and of "<b>Ministry</b>", the cancelled annotation's result
            assertThat(summary.ignoredAnnotations()).isEqualTo(5);
            assertThat(spans(db.store())).containsExactlyInAnyOrder(
                    "labelstudio-11 anna@example.org SOURCE/OFFICIAL Officials",
                    "labelstudio-11 anna@example.org CLAIM the bridge at Kherson is open",
                    "labelstudio-11 anna@example.org DENIAL Kyiv denied it 😀",
                    "labelstudio-11 anna@example.org SOURCE/OFFICIAL 𝕏 users",
                    "hostile-1 user 7 CLAIM it is over\u2028now");
            Article article = db.store().articles().get(db.store().articles().summaries().stream()
                    .filter(s -> s.externalId().equals("labelstudio-11")).findFirst().orElseThrow().id()).orElseThrow();
            assertThat(article.text()).isEqualTo("🇺🇦 Officials said the bridge at Kherson is open.\nKyiv denied it 😀, and 𝕏 users doubt it.");
        }
    }

    @Test
    void anAnnotatorGivenOnTheCommandLineTakesEveryDocument() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            assertThat(importFile(db.store(), "labelstudio", golden("labelstudio-export.json"), "PER=SOURCE,ORG=SOURCE:MEDIA",
                    "carla").errors()).isEmpty();
            assertThat(spans(db.store())).containsExactlyInAnyOrder(
                    "labelstudio-11 carla SOURCE/OTHER Officials",
                    "labelstudio-11 carla CLAIM the bridge at Kherson is open",
                    "labelstudio-11 carla DENIAL Kyiv denied it 😀",
                    // PER and ORG on the same words are one SOURCE span (the first wins its type), as in the window
                    "labelstudio-11 carla SOURCE/OTHER 𝕏 users",
                    "hostile-1 carla CLAIM it is over\u2028now",
                    "hostile-1 carla SOURCE/MEDIA <b>Ministry</b>");
        }
    }

    @Test
    void unknownLabelsRefuseTheFileListingEveryNameFound() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            Path file = golden("labelstudio-export.json");
            AnnotationImportSummary summary = importFile(db.store(), "labelstudio", file, "PER=SOURCE", null);
            assertThat(summary.errors()).containsExactly(file + ":2: unknown label \"ORG\" (labels in this file: "
                    + "\"CLAIM\", \"DENIAL\", \"ORG\", \"PER\"; map them with --map NAME=LABEL onto CLAIM, DENIAL, "
                    + "SPECULATION, SOURCE, or NAME= to leave them out)");
            assertThat(db.store().articles().summaries()).isEmpty();

            Path doccano = golden("doccano-export.jsonl");
            assertThat(importFile(db.store(), "doccano", doccano, "", "ben").errors()).containsExactly(doccano
                    + ":1: unknown labels \"ORG\", \"PER\" (labels in this file: \"CLAIM\", \"ORG\", \"PER\"; map them with "
                    + "--map NAME=LABEL onto CLAIM, DENIAL, SPECULATION, SOURCE, or NAME= to leave them out)");
            assertThat(db.store().articles().summaries()).isEmpty();
        }
    }

    @Test
    void doccanoExportImportsWithALabelMapBothShapes() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            AnnotationImportSummary summary = importFile(db.store(), "doccano", golden("doccano-export.jsonl"),
                    "PER=SOURCE:POLITICIAN,ORG=SOURCE:MEDIA", null);
            assertThat(summary.errors()).isEmpty();
            String hostileId = db.store().articles().summaries().stream().map(ArticleSummary::externalId)
                    .filter(id -> !id.equals("5")).findFirst().orElseThrow();
            assertThat(hostileId).matches("text-[0-9a-f]{16}");
            assertThat(spans(db.store())).containsExactlyInAnyOrder(
                    "5 ben SOURCE/POLITICIAN Officials",
                    "5 ben CLAIM the dam is intact",
                    "5 ben CLAIM 𝕏 posts claim otherwise",
                    hostileId + " user 3 SOURCE/MEDIA <i>Agency</i>",
                    hostileId + " user 3 CLAIM a ceasefire\ttomorrow");
        }
    }

    @Test
    void veritagsOwnDoccanoExportImportsBackWithTheSameSpans() {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            Datasets.load(first.store(), Datasets.golden());
            ExportResult exported = Datasets.export(first.store(), temp.resolve("doccano"), "doccano", true, List.of(),
                    List.of(), null);
            AnnotationImportSummary summary = importFile(second.store(), "doccano",
                    exported.folder().resolve("data.jsonl"), "", null);
            assertThat(summary.errors()).isEmpty();
            assertThat(spans(second.store())).isNotEmpty().containsExactlyInAnyOrderElementsOf(spans(first.store()));
        }
    }

    @Test
    void badOffsetsAndTextsNameFileLineAndTaskAndImportNothing() throws Exception {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            String good = Files.readString(golden("doccano-export.jsonl"));
            Path doccano = Files.writeString(temp.resolve("bad.jsonl"), good.replace("[45, 68, \"CLAIM\"]", "[45, 99, \"CLAIM\"]"));
            assertThat(importFile(db.store(), "doccano", doccano, "PER=SOURCE,ORG=", null).errors()).containsExactly(
                    doccano + ":1: label 3: offsets [45, 99) are outside the text (0..69 code points)");

            String ls = Files.readString(golden("labelstudio-export.json"));
            Path moved = Files.writeString(temp.resolve("moved.json"), ls.replace("\"text\": \"the bridge at Kherson is open\"",
                    "\"text\": \"the bridge at Kherson is shut\""));
            assertThat(importFile(db.store(), "labelstudio", moved, "PER=SOURCE,ORG=", null).errors()).containsExactly(
                    moved + ":2: task 1 (id 11): annotation 1, result 2: value.text \"the bridge at Kherson is shut\" is "
                            + "not the text at [18, 47) in code points (\"the bridge at Kherson is open\") nor in UTF-16 code units");

            Path notJson = Files.writeString(temp.resolve("broken.json"), ls.substring(0, ls.length() / 2));
            assertThat(importFile(db.store(), "labelstudio", notJson, "PER=SOURCE,ORG=", null).errors()).singleElement()
                    .asString().startsWith(notJson + ":").contains("malformed JSON");
            assertThat(db.store().articles().summaries()).isEmpty();
        }
    }

    @Test
    void veritagsOwnFormatsTakeNoLabelMap() {
        try (Database db = io.veritag.testing.TestDatabase.fresh()) {
            assertThatThrownBy(() -> importFile(db.store(), "jsonl", Datasets.golden(), "PER=SOURCE", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("format 'jsonl' takes neither --map nor --annotator (its files hold Veritag's own labels "
                            + "and annotators)");
            assertThatThrownBy(() -> importFile(db.store(), "doccano", golden("doccano-export.jsonl"), "PER=PERSON", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--map PER=PERSON: 'PERSON' is not a label");
        }
    }

    static AnnotationImportSummary importFile(Store store, String format, Path file, String map, String annotator) {
        return new AnnotationImportService(store).importAnnotations(DatasetFormats.require(format), file,
                new ImportOptions(ImportOptions.parseMap(List.of(map)), annotator), Progress.NONE);
    }

    static Path golden(String name) {
        try {
            return Path.of(ForeignImportTest.class.getResource("/io/veritag/io/interchange/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every span as "article annotator LABEL[/SOURCE_TYPE] covered text". */
    static List<String> spans(Store store) {
        Map<Long, String> names = new HashMap<>();
        for (Annotator annotator : store.annotators().all()) {
            names.put(annotator.id(), annotator.name());
        }
        List<String> lines = new ArrayList<>();
        for (ArticleSummary summary : store.articles().summaries()) {
            String text = store.articles().get(summary.id()).orElseThrow().text();
            for (Span s : store.spans().forArticle(summary.id())) {
                lines.add(summary.externalId() + " " + names.get(s.annotatorId()) + " " + s.label()
                        + (s.sourceType() == null ? "" : "/" + s.sourceType()) + " " + text.substring(s.start(), s.end()));
            }
        }
        return lines;
    }
}
