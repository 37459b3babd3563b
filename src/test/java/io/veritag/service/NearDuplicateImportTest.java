package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ArticleOrigin;
import io.veritag.model.ArticleSummary;
import io.veritag.model.NearDuplicate;
import io.veritag.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same wire story in two outlets under different headlines is flagged on import, never merged; unrelated stories are not. */
public class NearDuplicateImportTest {
    public static final String WIRE_BODY = """
            KYIV, Nov 22 - Russian missiles and drones hit energy facilities in six Ukrainian regions on Tuesday, \
            officials said, causing emergency power cuts as temperatures fell below freezing in much of the country.

            The national grid operator said repair crews were working in the Kharkiv, Poltava, Dnipropetrovsk, Zhytomyr, \
            Vinnytsia and Kyiv regions, and asked consumers to limit their use of electricity in the evening.

            Moscow has carried out waves of strikes on Ukraine's energy infrastructure since October. It says the attacks \
            target military capabilities; Kyiv says they are intended to break civilian morale.

            The damage could not be independently verified. Russia's defence ministry did not immediately respond to a \
            request for comment.

            Ukraine's prime minister said last week that about half of the country's energy system had been disabled by \
            the strikes, and that European partners had been asked for transformers and generators.
            """;

    private Database database;
    private ImportService imports;
    private ArticleOriginService origins;

    @BeforeEach
    void open() {
        database = io.veritag.testing.TestDatabase.fresh();
        imports = new ImportService(database.store());
        origins = new ArticleOriginService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSameWireStoryUnderAnotherHeadlineIsFlaggedAndBothAreKept(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-wire.txt"), "Russia strikes energy sites in six regions\n\n" + WIRE_BODY);
        Files.writeString(folder.resolve("b-daily.html"), """
                <html><head><title>Blackouts across Ukraine after overnight barrage | The Daily</title>
                <meta property="og:site_name" content="The Daily"><meta name="author" content="Staff and agencies"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Blackouts across Ukraine after overnight barrage</h1>
                """ + paragraphs(WIRE_BODY.replace(" Russia's defence ministry did not immediately respond to a request for comment.", ""))
                + "<p>Our correspondent in Kyiv reports that the metro ran on reduced service in the evening.</p>"
                + "</article><footer>© The Daily</footer></body></html>");
        Files.writeString(folder.resolve("c-unrelated.txt"), """
                Kherson residents return as power restored

                Electricity has returned to parts of central Kherson for the first time since Russian forces withdrew from \
                the city earlier this month, officials say. Engineers worked through the night to reconnect a substation on \
                the eastern edge of the city, the regional governor said. About a quarter of households in the centre now \
                have power, though mobile coverage remains patchy and running water is available only in some districts.
                """);

        ImportSummary summary = imports.importPaths(List.of(folder), Progress.NONE);

        assertThat(summary.imported()).as("never merged").isEqualTo(3);
        assertThat(summary.failed()).isZero();
        assertThat(summary.notices()).singleElement().satisfies(notice -> assertThat(notice)
                .contains("b-daily.html: 'b-daily' is a near-duplicate of 'a-wire' (").endsWith("% of word shingles shared): both kept"));
        List<NearDuplicate> pairs = origins.nearDuplicates();
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.article().externalId()).isEqualTo("b-daily");
            assertThat(pair.similar().externalId()).isEqualTo("a-wire");
            assertThat(pair.similarityPercent()).isBetween(70, 99);
        });
        long daily = database.store().articles().byExternalId("b-daily").orElseThrow().id();
        assertThat(origins.origin(daily)).contains(new ArticleOrigin("b-daily.html", "Staff and agencies"));
        long wire = database.store().articles().byExternalId("a-wire").orElseThrow().id();
        assertThat(origins.origin(wire)).contains(new ArticleOrigin("a-wire.txt", null));
    }

    @Test
    void unrelatedStoriesOnTheSameSubjectAreNotFlagged(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("power.txt"), "Power cuts\n\n" + WIRE_BODY);
        Files.writeString(folder.resolve("water.txt"), """
                Water returns to Kherson

                Russian strikes on energy facilities in Ukrainian regions have caused emergency power cuts, officials \
                said on Tuesday, but in Kherson the water supply returned to the central districts. The regional governor \
                said repair crews were working through the night, and asked residents to limit their use of water in the \
                evening. Kyiv says the attacks are intended to break civilian morale; Moscow says they target military \
                capabilities. European partners have been asked for generators and pumps.
                """);
        Files.writeString(folder.resolve("short.txt"), "Power cuts in six regions."); // too short to call anything a near-duplicate

        ImportSummary summary = imports.importPaths(List.of(folder), Progress.NONE);

        assertThat(summary.imported()).isEqualTo(3);
        assertThat(summary.notices()).isEmpty();
        assertThat(origins.nearDuplicates()).isEmpty();
    }

    @Test
    void aRejectedFileLeavesNoBandsOrPairsBehindAndPasteIsCheckedToo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("wire.txt"), "Energy strikes\n\n" + WIRE_BODY);
        Files.writeString(folder.resolve("bad.jsonl"), "{\"id\":\"copy\",\"text\":\"Copy\\n\\n"
                + WIRE_BODY.replace("\n", "\\n").replace("\"", "\\\"") + "\"}\n{not json\n");
        ImportSummary summary = imports.importPaths(List.of(folder), Progress.NONE);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(origins.nearDuplicates()).as("the pair found in the rolled-back file is gone with it").isEmpty();

        ArticleOriginService.Pasted pasted = origins.paste("Headline changed by a second outlet\r\n\r\n" + WIRE_BODY, " ", "");
        assertThat(pasted.alreadyStored()).isFalse();
        assertThat(pasted.notices()).singleElement().satisfies(n -> assertThat(n).contains("is a near-duplicate of 'wire'"));
        assertThat(origins.nearDuplicates()).extracting(p -> p.similar().externalId()).containsExactly("wire");
        assertThat(database.store().articles().summaries()).extracting(ArticleSummary::title)
                .containsExactly("Energy strikes", "Headline changed by a second outlet");
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\n\n")) {
            html.append("<p>").append(paragraph.replace("'", "&#39;")).append("</p>\n");
        }
        return html.toString();
    }
}
