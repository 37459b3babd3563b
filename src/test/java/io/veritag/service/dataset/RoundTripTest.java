package io.veritag.service.dataset;

import io.veritag.service.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → import into an empty database → export gives the same bytes, and the same database content. */
class RoundTripTest {
    @TempDir
    Path temp;

    @Test
    void jsonlRoundTripIsByteIdenticalAndKeepsArticlesAnnotatorsStatusesAndSpans() throws IOException {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            Datasets.load(first.store(), Datasets.golden());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "jsonl", true, List.of(), List.of(), null);

            Datasets.load(second.store(), one.folder().resolve("data.jsonl"));
            ExportResult two = Datasets.export(second.store(), temp.resolve("two"), "jsonl", true, List.of(), List.of(), null);

            Datasets.assertSameFiles(two.folder(), one.folder());
            assertThat(Datasets.content(second.store())).isEqualTo(Datasets.content(first.store()));
            assertThat(one.documents()).isEqualTo(5);
            assertThat(one.spans()).isEqualTo(10);
        }
    }

    @Test
    void bratRoundTripIsByteIdentical() throws IOException {
        try (Database first = io.veritag.testing.TestDatabase.fresh(); Database second = io.veritag.testing.TestDatabase.fresh()) {
            Datasets.load(first.store(), Datasets.golden());
            ExportResult one = Datasets.export(first.store(), temp.resolve("one"), "brat", false, List.of(), List.of(), null);

            AnnotationImportSummary imported = new AnnotationImportService(second.store())
                    .importAnnotations(io.veritag.io.DatasetFormats.require("brat"), one.folder(), Progress.NONE);
            assertThat(imported.errors()).isEmpty();
            assertThat(imported.filesImported()).isEqualTo(4);
            assertThat(imported.articlesCreated()).isEqualTo(4);
            assertThat(imported.spansAdded()).isEqualTo(9);
            ExportResult two = Datasets.export(second.store(), temp.resolve("two"), "brat", false, List.of(), List.of(), null);

            Datasets.assertSameFiles(two.folder(), one.folder());
            assertThat(two.spansByLabel()).isEqualTo(one.spansByLabel());
        }
    }
}
