package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.SourceType;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.LinkFixture;
import io.veritag.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** adjudicate --auto carries the links everyone made; gold shows gold links and source types with their history. */
class GoldLinkCommandsTest {
    @TempDir
    Path dir;

    private String db;
    private CommandRun cli;

    @BeforeEach
    void createArticle() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            new LinkFixture(database.store());
        }
    }

    @Test
    void autoCarriesUnanimousLinksAndGoldShowsThem() throws Exception {
        assertThat(cli.run("adjudicate", "--auto", "--curator", "cora")).isZero();
        assertThat(cli.out()).contains("l1  0 of 2 settled").contains("(pre-accepted 3, 1 link)")
                .endsWith("; 3 spans pre-accepted; 1 link all agree on carried into gold" + System.lineSeparator());

        try (Database database = Database.open(db)) {
            var service = new AdjudicationService(database.store());
            var cora = service.session(service.annotators(List.of()), "cora");
            long l1 = database.store().articles().byExternalId("l1").orElseThrow().id();
            var state = cora.open(l1);
            var shoigu = state.gold().stream().filter(g -> g.isSource()).findFirst().orElseThrow();
            cora.setSourceType(l1, shoigu.id(), SourceType.MILITARY, "the ministry of defence");
        }

        assertThat(cli.run("gold")).isZero();
        assertThat(cli.out()).contains("3 gold spans, 1 gold link");

        assertThat(cli.run("gold", "--article", "l1")).isZero();
        assertThat(cli.out())
                .contains("SOURCE «Shoigu» · source type: Military")
                .contains("cora set source type SOURCE «Shoigu»: not settled → Military · proposed by anna · why: the ministry of defence")
                .contains("Links:" + System.lineSeparator() + "CLAIM «the bridge is held» —Said by→ SOURCE «Shoigu»")
                .contains("cora accepted link Said by (unanimous) · proposed by anna, ben");

        assertThat(cli.run("gold", "--article", "l1", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("gold").get(0).get("source_type").asText()).isEqualTo("MILITARY");
        JsonNode link = json.get("links").get(0);
        assertThat(link.get("type").asText()).isEqualTo("SAID_BY");
        assertThat(link.get("from").get("text").asText()).isEqualTo("the bridge is held");
        assertThat(link.get("to").get("text").asText()).isEqualTo("Shoigu");
        assertThat(link.get("history").get(0).get("kind").asText()).isEqualTo("link_accept");
        assertThat(link.get("history").get(0).get("links")).extracting(n -> n.get("annotator").asText()).containsExactly("anna", "ben");
    }
}
