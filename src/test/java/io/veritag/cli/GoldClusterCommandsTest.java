package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.ClusterRole;
import io.veritag.model.Span;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: an annotator's claim cluster accepted into gold from the command line, and the gold clusters listed. */
class GoldClusterCommandsTest {
    @TempDir
    Path dir;

    private CommandRun cli;
    private long clusterId;

    @BeforeEach
    void createBatch() {
        String db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            var store = database.store();
            AdjudicationFixture fixture = new AdjudicationFixture(store);
            clusterId = store.clusters().create(fixture.anna.id(), "Things are back to normal").id();
            for (long article : new long[] {fixture.k1, fixture.k2}) {
                for (Span span : store.spans().forArticle(article, fixture.anna.id())) {
                    if (span.label().equals("CLAIM")) { // Kherson, Power, Prices
                        store.clusters().add(span, clusterId, ClusterRole.MEMBER);
                    }
                }
            }
        }
    }

    @Test
    void acceptsAnAnnotatorsClusterAndListsTheGoldClustersAsTextAndJson() throws Exception {
        assertThat(cli.run("adjudicate", "--auto", "--curator", "cora")).isZero();
        assertThat(cli.run("gold", "--clusters")).isZero();
        assertThat(cli.out()).startsWith("the gold layer has no claim clusters yet");

        assertThat(cli.run("adjudicate", "--accept-cluster", String.valueOf(clusterId), "--curator", "cora",
                "--reason", "one event")).isZero();
        assertThat(cli.out()).isEqualToNormalizingNewlines("gold claim cluster 1 “Things are back to normal”: 2 gold spans put in;"
                + " 1 of the cluster's spans not in gold yet\n");

        assertThat(cli.run("gold", "--clusters")).isZero();
        assertThat(cli.out()).isEqualToNormalizingNewlines("""
                CLUSTER  CANONICAL WORDING          ARTICLE  LABEL  TEXT
                1        Things are back to normal  k1       CLAIM  Kherson is free 🇺🇦 now
                1        Things are back to normal  k2       CLAIM  Power is back 😀
                1 gold claim cluster, 2 gold spans
                """);

        assertThat(cli.run("gold", "--clusters", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("canonical").asText()).isEqualTo("Things are back to normal");
        JsonNode kherson = json.get(0).get("spans").get(0);
        assertThat(kherson.get("article").asText()).isEqualTo("k1");
        assertThat(kherson.get("start").asInt()).isZero();
        assertThat(kherson.get("end").asInt()).as("code points: the flag is two").isEqualTo(22);

        // the article's audit trail has the decision, with why and whose cluster it came from
        assertThat(cli.run("gold", "--article", "k2", "--format", "json")).isZero();
        JsonNode history = new ObjectMapper().readTree(cli.out()).get("gold").get(0).get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("kind").asText()).isEqualTo("cluster_in");
        assertThat(history.get(1).get("gold_cluster_canonical").asText()).isEqualTo("Things are back to normal");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("one event");
        assertThat(history.get(1).get("proposed_by")).extracting(JsonNode::asText).containsExactly("anna");
        assertThat(cli.run("gold", "--article", "k2")).isZero();
        assertThat(cli.out()).contains("put CLAIM «Power is back 😀» into gold claim cluster “Things are back to normal” · from the cluster of anna");

        // once more: nothing left to put in, one clear line and nothing recorded
        assertThat(cli.run("adjudicate", "--accept-cluster", String.valueOf(clusterId), "--curator", "cora")).isNotZero();
        assertThat(cli.err().strip()).hasLineCount(1).contains("already has the spans of this cluster together");
        assertThat(cli.run("adjudicate", "--accept-cluster", "999", "--curator", "cora")).isNotZero();
        assertThat(cli.err().strip()).hasLineCount(1).contains("claim cluster 999 does not exist");
    }
}
