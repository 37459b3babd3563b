package io.veritag.service.dataset;

import io.veritag.service.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.veritag.io.DatasetFormats;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold layer plugs into the same export as annotators' layers. */
class GoldSpanSourceTest {
    @TempDir
    Path temp;

    @Test
    void exportsDoneGoldByDefaultAndOpenGoldWithAllStatuses() throws IOException {
        try (Database database = io.veritag.testing.TestDatabase.fresh()) {
            Store store = database.store();
            Datasets.load(store, Datasets.golden());
            long emoji = store.articles().byExternalId("a-emoji").orElseThrow().id();
            long crlf = store.articles().byExternalId("c-crlf").orElseThrow().id();
            long curator = store.gold().curators().getOrCreate("carla").id();
            store.gold().spans().insert(emoji, new LabeledRange(0, 20, "CLAIM")); // "Kherson is free 🇺🇦"
            store.gold().articles().save(emoji, List.of("anna", "ben"), 2, 2, curator);
            store.gold().spans().insert(crlf, new LabeledRange(14, 27, "CLAIM"));
            store.gold().articles().save(crlf, List.of("anna"), 0, 1, curator);

            ExportService service = new ExportService(store, temp, Clock.systemUTC());
            ExportResult done = service.export(new ExportRequest(DatasetFormats.require("spacy"), io.veritag.service.dataset.ExportLayer.GOLD,
                    false, List.of(), null, temp.resolve("done")), Progress.NONE);
            assertThat(done.articles()).isEqualTo(1);
            assertThat(done.spansByAnnotator()).containsExactly(entry("gold", java.util.Map.of("CLAIM", 1, "DENIAL", 0, "SPECULATION", 0, "SOURCE", 0)));
            assertThat(Files.readString(done.folder().resolve("data.jsonl"))).contains(
                    "\"spans\":[{\"start\":0,\"end\":18,\"label\":\"CLAIM\",\"text\":\"Kherson is free 🇺🇦\"}],"
                            + "\"meta\":{\"id\":\"a-emoji\",\"annotator\":\"gold\",\"status\":\"done\"");

            ExportResult all = service.export(new ExportRequest(DatasetFormats.require("brat"), io.veritag.service.dataset.ExportLayer.GOLD,
                    true, List.of(), null, temp.resolve("all")), Progress.NONE);
            assertThat(all.parts().get("all")).containsExactly("a-emoji", "c-crlf");
            assertThat(Files.readString(all.folder().resolve("gold/c-crlf.ann"))).isEqualTo("T1\tCLAIM 14 18;19 27\tyes. Line two\n");
        }
    }
}
