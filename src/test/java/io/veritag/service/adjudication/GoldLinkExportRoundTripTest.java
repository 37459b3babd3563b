package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.LinkFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.LinkEnds;
import io.veritag.service.Progress;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.service.dataset.ExportLayer;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold links and source types leave in jsonl and brat like an annotator's, and come back as they were. */
class GoldLinkExportRoundTripTest {
    @TempDir
    Path temp;

    private Database database;
    private Store store;
    private LinkFixture fixture;

    @BeforeEach
    void adjudicate() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        fixture = new LinkFixture(store);
        AdjudicationService service = new AdjudicationService(store);
        CurationSession cora = service.session(service.annotators(List.of()), "cora");
        ArticleAdjudication state = cora.open(fixture.l1); // carries Said by (held → Shoigu)
        LabeledRange denial = range("Officials denied that the bridge fell", "DENIAL");
        SpanGroupKeys keys = new SpanGroupKeys(state);
        state = cora.accept(fixture.l1, keys.of(denial), denial, null);
        long denialId = gold(state, denial).id();
        long fell = gold(state, range("It fell", "CLAIM")).id();
        state = cora.acceptLink(fixture.l1, new LinkEnds(denialId, fell, LinkType.DENIES), null);
        cora.setSourceType(fixture.l1, gold(state, range("Shoigu", "SOURCE")).id(), SourceType.MILITARY, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The key of the disagreement that has this version. */
    private record SpanGroupKeys(ArticleAdjudication state) {
        io.veritag.model.gold.GroupKey of(LabeledRange version) {
            return state.disagreements().stream().filter(g -> g.versions().stream().anyMatch(v -> v.range().equals(version)))
                    .findFirst().orElseThrow().key();
        }
    }

    private static GoldSpan gold(ArticleAdjudication state, LabeledRange range) {
        return state.gold().stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
    }

    @Test
    void jsonlAndBratCarryGoldLinksAndSourceTypesThereAndBack() throws Exception {
        ExportService exports = new ExportService(store, temp, Clock.systemUTC());
        for (String name : List.of("jsonl", "brat")) {
            DatasetFormat format = DatasetFormats.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            ExportResult result = exports.export(new ExportRequest(format, ExportLayer.GOLD, true, List.of(), null,
                    temp.resolve(name)), Progress.NONE);
            assertThat(result.articles()).as(name).isEqualTo(1);
            Path input = name.equals("jsonl") ? result.folder().resolve("data.jsonl") : result.folder();
            if (name.equals("brat")) {
                String ann;
                try (var files = Files.walk(result.folder())) {
                    ann = Files.readString(files.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow());
                }
                assertThat(ann).contains("\tSaidBy Arg1:").contains("\tDenies Arg1:");
            }

            try (Database other = io.veritag.testing.TestDatabase.fresh()) {
                AnnotationImportSummary imported = new AnnotationImportService(other.store())
                        .importAnnotations(format, input, Progress.NONE);
                assertThat(imported.errors()).as(name).isEmpty();
                Store back = other.store();
                Annotator gold = back.annotators().byName("gold").orElseThrow();
                long article = back.articles().byExternalId("l1").orElseThrow().id();
                Map<Long, Span> spans = back.spans().forArticle(article, gold.id()).stream()
                        .collect(Collectors.toMap(Span::id, s -> s));
                assertThat(spans.values()).as(name).extracting(s -> s.textIn(LinkFixture.L1), Span::label, Span::sourceType)
                        .containsExactlyInAnyOrder(
                                tuple("Shoigu", "SOURCE", SourceType.MILITARY),
                                tuple("the bridge is held", "CLAIM", null),
                                tuple("Officials denied that the bridge fell", "DENIAL", null),
                                tuple("It fell", "CLAIM", null));
                List<Link> links = back.links().forArticle(article, gold.id());
                assertThat(links).as(name).extracting(l -> spans.get(l.fromSpanId()).textIn(LinkFixture.L1), Link::type,
                                l -> spans.get(l.toSpanId()).textIn(LinkFixture.L1))
                        .containsExactlyInAnyOrder(
                                tuple("the bridge is held", LinkType.SAID_BY, "Shoigu"),
                                tuple("Officials denied that the bridge fell", LinkType.DENIES, "It fell"));
            }
        }
    }
}
