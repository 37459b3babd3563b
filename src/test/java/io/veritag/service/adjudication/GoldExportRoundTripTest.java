package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.K2;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.service.dataset.GoldSpanSource;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold settled through the adjudication workflow leaves in every dataset format as the layer "gold", and
 * comes back from the re-importable formats with every offset where it was (emoji included).
 */
class GoldExportRoundTripTest {
    @TempDir
    Path temp;

    private Database database;
    private Store store;
    private AdjudicationFixture batch;

    @BeforeEach
    void adjudicateTheBatch() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        batch = new AdjudicationFixture(store);
        AdjudicationService service = new AdjudicationService(store);
        CurationSession cora = service.session(service.annotators(List.of()), "cora");
        ArticleAdjudication k1 = cora.open(batch.k1);
        cora.accept(batch.k1, k1.disagreements().get(0).key(), range(K1, "Russia denied it.", "DENIAL"), null);
        cora.reject(batch.k1, k1.disagreements().get(1).key(), "hedge");
        cora.edit(batch.k1, k1.disagreements().get(2).key(), range(K1, "troops may return", "SPECULATION"),
                range(K1, "Some think troops may return", "SPECULATION"), "include the hedge");
        ArticleAdjudication k2 = cora.open(batch.k2);
        ArticleAdjudication done = cora.accept(batch.k2, k2.disagreements().get(0).key(), range(K2, "Prices fell", "CLAIM"), null);
        assertThat(done.done()).isTrue();
        assertThat(store.gold().spans().forArticle(batch.k1)).hasSize(3);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyFormatExportsTheGoldLayerAsAnnotatorGold() {
        ExportService exports = new ExportService(store, temp, Clock.systemUTC());
        for (DatasetFormat format : DatasetFormats.exportable()) {
            ExportResult result = exports.export(new ExportRequest(format, io.veritag.service.dataset.ExportLayer.GOLD, false, List.of(), null,
                    temp.resolve(format.name())), Progress.NONE);

            assertThat(result.articles()).as(format.name()).isEqualTo(2);
            assertThat(result.spans()).as(format.name()).isEqualTo(5);
            assertThat(result.spansByAnnotator()).as(format.name()).containsOnlyKeys("gold");
            assertThat(result.spansByAnnotator().get("gold")).as(format.name())
                    .isEqualTo(Map.of("CLAIM", 3, "DENIAL", 1, "SPECULATION", 1, "SOURCE", 0));
            assertThat(result.leftOut()).as(format.name()).isEmpty();
        }
    }

    @Test
    void reimportableFormatsGiveBackTheGoldSpansExactly() {
        ExportService exports = new ExportService(store, temp, Clock.systemUTC());
        for (DatasetFormat format : DatasetFormats.importable().stream().filter(DatasetFormat::exportable).toList()) {
            ExportResult result = exports.export(new ExportRequest(format, io.veritag.service.dataset.ExportLayer.GOLD, false, List.of(), null,
                    temp.resolve(format.name())), Progress.NONE);
            Path input = format.name().matches("jsonl|doccano") ? result.folder().resolve("data.jsonl") : result.folder();

            try (Database other = io.veritag.testing.TestDatabase.fresh()) {
                AnnotationImportSummary imported = new AnnotationImportService(other.store())
                        .importAnnotations(format, input, Progress.NONE);
                assertThat(imported.errors()).as(format.name()).isEmpty();
                assertThat(layer(other.store(), "gold")).as(format.name()).isEqualTo(gold());
            }
        }
    }

    /** External id → gold ranges in this database. */
    private Map<String, List<LabeledRange>> gold() {
        Map<String, List<LabeledRange>> gold = new TreeMap<>();
        for (long id : List.of(batch.k1, batch.k2)) {
            gold.put(store.articles().get(id).orElseThrow().externalId(),
                    store.gold().spans().forArticle(id).stream().map(GoldSpan::range).toList());
        }
        return gold;
    }

    /** External id → one annotator's ranges in another database. */
    private static Map<String, List<LabeledRange>> layer(Store store, String annotatorName) {
        Annotator annotator = store.annotators().byName(annotatorName).orElseThrow();
        Map<String, List<LabeledRange>> layer = new TreeMap<>();
        for (var article : store.articles().summaries()) {
            List<LabeledRange> ranges = store.spans().forArticle(article.id(), annotator.id()).stream()
                    .map(GoldExportRoundTripTest::rangeOf).toList();
            if (!ranges.isEmpty()) {
                layer.put(article.externalId(), ranges);
            }
        }
        return layer;
    }

    private static LabeledRange rangeOf(Span span) {
        return new LabeledRange(span.start(), span.end(), span.label());
    }
}
