package io.veritag.cli;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.K2;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleAdjudication;
import io.veritag.service.adjudication.CurationSession;
import io.veritag.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veritag agreement --against-gold} on the adjudicated fixture, numbers worked by hand.
 *
 * <p>Gold: k1 = headline CLAIM, «Russia denied it.» DENIAL, «troops may return» SPECULATION; k2 = «Power is
 * back 😀» CLAIM, «Prices fell» CLAIM (5 spans). anna has 4 of her 5 spans in gold (her denial lacks the full
 * stop): exact P = R = F1 = 0.8; every span of hers overlaps gold with the same label: overlap 1.0. ben has
 * 3 of 5 (headline, denial, Power): exact 0.6; CLAIM: his headline, troops-as-CLAIM and Power against gold's
 * headline, Power and Prices → 2/3 each; SPECULATION: his «Some think» misses gold's «troops may return» → 0;
 * unlabeled exact: his troops has gold's extent → 4/5.
 */
class AgainstGoldCommandTest {
    @TempDir
    Path dir;

    private String db;
    private CommandRun cli;

    @BeforeEach
    void adjudicate() {
        db = io.veritag.testing.TestDatabase.location(dir, "veritag");
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            AdjudicationFixture batch = new AdjudicationFixture(database.store());
            AdjudicationService service = new AdjudicationService(database.store());
            CurationSession cora = service.session(service.annotators(List.of()), "cora");
            ArticleAdjudication k1 = cora.open(batch.k1);
            cora.accept(batch.k1, k1.disagreements().get(0).key(), range(K1, "Russia denied it.", "DENIAL"), null);
            cora.reject(batch.k1, k1.disagreements().get(1).key(), null);
            cora.accept(batch.k1, k1.disagreements().get(2).key(), range(K1, "troops may return", "SPECULATION"), null);
            ArticleAdjudication k2 = cora.open(batch.k2);
            cora.accept(batch.k2, k2.disagreements().get(0).key(), range(K2, "Prices fell", "CLAIM"), null);
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void jsonGivesEachAnnotatorsPrecisionRecallAndF1AgainstGold() throws Exception {
        assertThat(run("agreement", "--against-gold", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());

        assertThat(json.get("reference").asText()).isEqualTo("gold");
        assertThat(json.get("articles").asInt()).isEqualTo(2);
        JsonNode anna = json.get("annotators").get("anna");
        assertThat(anna.get("spans").asInt()).isEqualTo(5);
        assertThat(anna.get("gold_spans").asInt()).isEqualTo(5);
        assertThat(anna.get("exact").get("f1").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(anna.get("overlap").get("precision").asDouble()).isCloseTo(1.0, within(1e-12));
        JsonNode ben = json.get("annotators").get("ben");
        assertThat(ben.get("exact").get("precision").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(ben.get("exact").get("recall").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(ben.get("exact_unlabeled").get("f1").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(ben.get("per_label").get("CLAIM").get("exact").get("f1").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(ben.get("per_label").get("SPECULATION").get("overlap").get("recall").asDouble()).isZero();
        assertThat(ben.get("per_label").get("DENIAL").get("exact").get("precision").asDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void textIsReadableAndOtherFormatsAreRefused() {
        assertThat(run("agreement", "--against-gold", "--annotators", "ben")).isZero();
        assertThat(cli.out())
                .startsWith("Annotators against gold on 2 adjudicated articles")
                .contains("ben (2 articles, 5 spans; gold 5 spans)")
                .contains("  exact                    P 0.6000   R 0.6000   F1 0.6000")
                .doesNotContain("anna");

        assertThat(run("agreement", "--against-gold", "--format", "html")).isEqualTo(1);
        assertThat(cli.err()).contains("veritag: with --against-gold the format is text or json, not 'html'");
    }
}
