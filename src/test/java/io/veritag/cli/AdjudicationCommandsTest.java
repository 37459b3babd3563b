package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjudicationCommandsTest {
    @TempDir
    Path dir;

    private String db;
    private CommandRun cli;

    @BeforeEach
    void createBatch() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            new AdjudicationFixture(database.store());
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void autoPreAcceptsAndPrintsWhatIsLeftPerArticle() {
        assertThat(run("adjudicate", "--auto", "--annotators", "ben,anna", "--curator", "cora")).isZero();

        assertThat(cli.out()).isEqualToNormalizingNewlines("""
                annotators: anna, ben; curator: cora
                k1  0 of 3 settled      left: 1 missing, 1 boundary, 1 label  (pre-accepted 1)
                k2  0 of 1 settled      left: 1 missing  (pre-accepted 1)
                2 articles, 0 done; 4 disagreements left; 2 spans pre-accepted
                """);
        assertThat(cli.err()).isEmpty();

        assertThat(run("adjudicate", "--auto", "--curator", "cora")).isZero();
        assertThat(cli.out()).contains("(pre-accepted 0)").endsWith("; 0 spans pre-accepted" + System.lineSeparator());
    }

    @Test
    void withoutAutoItOnlyShowsWhatIsLeft() {
        assertThat(run("adjudicate")).isZero();
        assertThat(cli.out()).contains("k1  0 of 3 settled").doesNotContain("pre-accepted");
        assertThat(run("gold")).isZero();
        assertThat(cli.out()).startsWith("no article is under adjudication yet");
    }

    @Test
    void goldListsStatusPerArticleAsTextAndJson() throws Exception {
        run("adjudicate", "--auto", "--curator", "cora");

        assertThat(run("gold")).isZero();
        assertThat(cli.out()).isEqualToNormalizingNewlines("""
                ARTICLE  STATUS  SETTLED         GOLD  LINKS  ANNOTATORS  CURATOR  TITLE
                k1       open    0 of 3 settled  1     0      anna, ben   cora     Kherson is free
                k2       open    0 of 1 settled  1     0      anna, ben   cora     Power is back
                2 articles under adjudication, 0 done, 2 gold spans, 0 gold links
                """);

        assertThat(run("gold", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("article_id").asText()).isEqualTo("k1");
        assertThat(json.get(0).get("status").asText()).isEqualTo("open");
        assertThat(json.get(0).get("settled").asInt()).isZero();
        assertThat(json.get(0).get("total").asInt()).isEqualTo(3);
        assertThat(json.get(1).get("gold_spans").asInt()).isEqualTo(1);
        assertThat(json.get(1).get("gold_links").asInt()).isZero();
        assertThat(json.get(1).get("curator").asText()).isEqualTo("cora");
        assertThat(json.get(1).get("annotators")).extracting(JsonNode::asText).containsExactly("anna", "ben");
    }

    @Test
    void goldAnAnnotatorChangedAfterTheDecisionsIsFlaggedInAdjudicateAndGold() throws Exception {
        run("adjudicate", "--auto", "--curator", "cora");
        assertThat(run("gold", "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).get(0).get("gold_stale").asBoolean()).isFalse();

        try (Database database = Database.open(db)) { // ben removes the headline the pre-accepted gold came from
            var store = database.store();
            long k1 = store.articles().byExternalId("k1").orElseThrow().id();
            long ben = store.annotators().getOrCreate("ben").id();
            var headline = store.spans().forArticle(k1, ben).stream()
                    .filter(s -> s.textIn(AdjudicationFixture.K1).equals("Kherson is free 🇺🇦 now")).findFirst().orElseThrow();
            store.spans().delete(headline.id());
        }

        assertThat(run("adjudicate")).isZero();
        assertThat(cli.out()).containsSubsequence("k1  ", "gold older than the annotations", "k2  ",
                        "; 1 with gold older than the annotations")
                .doesNotContain("left: 1 missing  gold older");
        assertThat(run("gold")).isZero();
        assertThat(cli.out()).containsSubsequence("k1       open, gold older than the annotations", "k2       open ",
                "1 article with gold older than the annotations");
        assertThat(run("gold", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get(0).get("gold_stale").asBoolean()).isTrue();
        assertThat(json.get(1).get("gold_stale").asBoolean()).as("k2 is untouched").isFalse();
    }

    @Test
    void badInputIsOneLine() {
        assertThat(run("adjudicate", "--annotators", "anna,zoe")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: unknown annotator 'zoe'" + System.lineSeparator());
        assertThat(run("gold", "--format", "xml")).isEqualTo(2);
        assertThat(cli.err()).contains("--format");
    }

    @Test
    void goldOfOneArticleShowsWhoProposedWhoDecidedAndWhy() throws Exception {
        try (Database database = Database.open(db)) {
            var service = new io.veritag.service.adjudication.AdjudicationService(database.store());
            var cora = service.session(service.annotators(java.util.List.of()), "cora");
            long k1 = database.store().articles().byExternalId("k1").orElseThrow().id();
            var state = cora.open(k1);
            cora.accept(k1, state.disagreements().get(0).key(),
                    AdjudicationFixture.range(AdjudicationFixture.K1, "Russia denied it.", "DENIAL"), "full stop included");
            cora.reject(k1, state.disagreements().get(1).key(), "hedge");
        }

        assertThat(run("gold", "--article", "k1")).isZero();
        assertThat(cli.out())
                .startsWith("k1 · Kherson is free" + System.lineSeparator() + "open, 2 of 3 settled; annotators anna, ben; curator cora")
                .contains("CLAIM «Kherson is free 🇺🇦 now»")
                .contains("cora pre-accepted CLAIM «Kherson is free 🇺🇦 now» (unanimous) · proposed by anna, ben")
                .contains("cora accepted DENIAL «Russia denied it.» (boundary) · proposed by ben · passed over: anna DENIAL «Russia denied it» · why: full stop included")
                .contains("Rejected (nothing in gold):")
                .contains("cora rejected (missing) · passed over: ben SPECULATION «Some think» · why: hedge");

        assertThat(run("gold", "--article", "k1", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        JsonNode headline = json.get("gold").get(0);
        assertThat(headline.get("start").asInt()).isZero();
        assertThat(headline.get("end").asInt()).as("code points: the flag is two").isEqualTo(22);
        assertThat(headline.get("text").asText()).isEqualTo("Kherson is free 🇺🇦 now");
        assertThat(headline.get("history").get(0).get("kind").asText()).isEqualTo("pre_accept");
        JsonNode accepted = json.get("gold").get(1).get("history").get(0);
        assertThat(accepted.get("curator").asText()).isEqualTo("cora");
        assertThat(accepted.get("reason").asText()).isEqualTo("full stop included");
        assertThat(accepted.get("proposed_by")).extracting(JsonNode::asText).containsExactly("ben");
        assertThat(json.get("rejected").get(0).get("disagreement").asText()).isEqualTo("missing");

        assertThat(run("gold", "--article", "nope")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: no article with id 'nope'" + System.lineSeparator());
    }
}
