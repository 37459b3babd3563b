package io.veritag.service.dataset;

import io.veritag.service.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.DatasetFormats;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers: the golden corpus, loading it, and a database's content as comparable text. */
final class Datasets {
    private Datasets() {
    }

    /** The golden corpus: emoji, 𝕏, CJK, combining marks, tabs, a CRLF-origin text, overlaps, two annotators. */
    static Path golden() {
        try {
            return Path.of(Datasets.class.getResource("/io/veritag/io/jsonl/input.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AnnotationImportSummary load(Store store, Path jsonl) {
        AnnotationImportSummary summary = new AnnotationImportService(store)
                .importAnnotations(DatasetFormats.require("jsonl"), jsonl, Progress.NONE);
        assertThat(summary.errors()).isEmpty();
        return summary;
    }

    static ExportResult export(Store store, Path out, String format, boolean allStatuses, List<String> annotators,
                               List<String> labels, DatasetSplit split) {
        return new ExportService(store, out.getParent(), java.time.Clock.systemUTC()).export(new ExportRequest(
                DatasetFormats.require(format), io.veritag.service.dataset.ExportLayer.annotators(annotators), allStatuses, labels, split, out),
                Progress.NONE);
    }

    /** Everything a round trip must keep, as sorted lines (ids and timestamps left out). */
    static List<String> content(Store store) {
        List<String> lines = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Annotator annotator : store.annotators().all()) {
            names.put(annotator.id(), annotator.name());
            lines.add("annotator " + annotator.name());
        }
        Map<Long, Map<Long, io.veritag.model.ArticleStatus>> statuses = store.statuses().all();
        for (ArticleSummary summary : store.articles().summaries()) {
            Article a = store.articles().get(summary.id()).orElseThrow();
            lines.add("article " + List.of(a.externalId(), a.title(), String.valueOf(a.source()), String.valueOf(a.url()),
                    String.valueOf(a.published()), a.text(), a.sha256()));
            statuses.getOrDefault(a.id(), Map.of()).forEach((annotator, status) ->
                    lines.add("status " + a.externalId() + " " + names.get(annotator) + " " + status));
            for (Span s : store.spans().forArticle(a.id())) {
                lines.add("span " + a.externalId() + " " + names.get(s.annotatorId()) + " " + s.start() + " " + s.end()
                        + " " + s.label() + " " + s.note());
            }
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /** Files under a folder except the manifest (which records a time), relative and sorted. */
    static List<String> dataFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .filter(p -> !p.equals("manifest.json")).sorted().toList();
        }
    }

    static void assertSameFiles(Path actual, Path expected) throws IOException {
        assertThat(dataFiles(actual)).isEqualTo(dataFiles(expected)).isNotEmpty();
        for (String file : dataFiles(expected)) {
            assertThat(actual.resolve(file)).as(file).hasSameBinaryContentAs(expected.resolve(file));
        }
    }
}
