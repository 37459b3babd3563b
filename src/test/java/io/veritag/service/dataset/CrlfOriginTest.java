package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.service.ImportService;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text that arrives as a CRLF file with a BOM is normalised on import; spans made on it in the window
 * (UTF-16 offsets in the normalised text) come out of every format at the right code points, after the
 * emoji and the line breaks that were CRLF.
 */
class CrlfOriginTest {
    private static final String FILE = "\uFEFFKherson 🇺🇦 is free.\r\nOfficials in 𝕏 posts deny it.\r\n\r\nCafe\u0301\tmaybe.\r\n";

    @TempDir
    Path temp;

    @Test
    void spansOnTextFromACrlfFileLandOnTheSameCharactersInEveryFormat() throws IOException {
        try (Database database = io.veritag.testing.TestDatabase.fresh()) {
            Store store = database.store();
            Path file = Files.write(temp.resolve("crlf-news.txt"), FILE.getBytes(StandardCharsets.UTF_8));
            assertThat(new ImportService(store).importPaths(List.of(file), Progress.NONE).imported()).isEqualTo(1);
            Article article = store.articles().byExternalId("crlf-news").orElseThrow();
            String text = article.text();
            assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF");
            long anna = store.annotators().getOrCreate("anna").id();
            for (String phrase : List.of("deny it", "Cafe\u0301\tmaybe", "free.\nOfficials")) {
                int start = text.indexOf(phrase);
                store.spans().insert(article.id(), anna, start, start + phrase.length(), "CLAIM", null);
            }
            store.statuses().set(article.id(), anna, ArticleStatus.DONE);

            ExportResult jsonl = Datasets.export(store, temp.resolve("jsonl"), "jsonl", false, List.of(), List.of(), null);
            JsonNode line = new ObjectMapper().readTree(Files.readString(jsonl.folder().resolve("data.jsonl")));
            assertThat(line.get("spans")).extracting(s -> s.get("text").asText(), s -> s.get("start").asInt())
                    .containsExactly(
                            org.assertj.core.api.Assertions.tuple("free.\nOfficials", 14),
                            org.assertj.core.api.Assertions.tuple("deny it", 41),
                            org.assertj.core.api.Assertions.tuple("Cafe\u0301\tmaybe", 51));

            ExportResult csv = Datasets.export(store, temp.resolve("csv"), "csv", false, List.of(), List.of(), null);
            assertThat(Files.readString(csv.folder().resolve("data.csv")))
                    .contains("crlf-news,anna,CLAIM,41,48,deny it,\r\n", "crlf-news,anna,CLAIM,51,62,Cafe\u0301\tmaybe,\r\n");

            ExportResult brat = Datasets.export(store, temp.resolve("brat"), "brat", false, List.of(), List.of(), null);
            assertThat(Files.readString(brat.folder().resolve("anna/crlf-news.ann")))
                    .startsWith("T1\tCLAIM 14 19;20 29\tfree. Officials\nT2\tCLAIM 41 48\tdeny it\n");

            ExportResult conll = Datasets.export(store, temp.resolve("conll"), "conll", false, List.of(), List.of(), null);
            assertThat(Files.readString(conll.folder().resolve("data.conll")))
                    .contains("free\tB-CLAIM\n.\tI-CLAIM\n\nOfficials\tB-CLAIM\n", "deny\tB-CLAIM\nit\tI-CLAIM\n",
                            "Cafe\u0301\tB-CLAIM\nmaybe\tI-CLAIM\n.\tO\n");
        }
    }
}
