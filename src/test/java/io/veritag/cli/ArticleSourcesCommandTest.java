package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.NearDuplicateImportTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veritag import of a web page and a near-duplicate, then veritag articles --near-duplicates. */
class ArticleSourcesCommandTest {
    @TempDir
    Path dir;
    private CommandRun cli;

    @BeforeEach
    void create() {
        cli = new CommandRun(io.veritag.testing.TestDatabase.location(dir, "veritag"));
    }

    @Test
    void importFlagsTheNearDuplicateAndTheListingShowsThePair() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a-wire.txt"), "Strikes on energy sites\n\n" + NearDuplicateImportTest.WIRE_BODY, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b-daily.htm"), "<html><head><title>Blackouts across Ukraine | The Daily</title>"
                + "<meta property=\"og:site_name\" content=\"The Daily\"></head><body><article><p>"
                + NearDuplicateImportTest.WIRE_BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>", StandardCharsets.UTF_8);
        Files.write(folder.resolve("scan.pdf"), "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));

        assertThat(cli.run("import", folder.toString())).isEqualTo(1);
        assertThat(cli.out()).startsWith("Imported 2 articles, skipped 0 duplicates, 1 file failed.")
                .contains("'b-daily' is a near-duplicate of 'a-wire' (");
        assertThat(cli.err().lines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("veritag: ").contains("scan.pdf: not a readable PDF"));

        assertThat(cli.run("articles", "--near-duplicates")).isZero();
        assertThat(cli.out()).contains("b-daily").contains("Blackouts across Ukraine").contains("The Daily")
                .contains("a-wire").contains("Strikes on energy sites");
        assertThat(cli.run("articles", "--near-duplicates", "--format", "json")).isZero();
        assertThat(cli.out()).contains("\"external_id\" : \"b-daily\"").contains("\"similar_external_id\" : \"a-wire\"");
    }
}
