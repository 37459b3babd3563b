package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.ClaimClusters;
import io.veritag.service.LabelingService;
import io.veritag.store.Database;
import io.veritag.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veritag claims}: anna groups the withdrawal claim of two outlets (one after an emoji, so that code points
 * and UTF-16 differ), attaches a denial and settles the cluster; the listing, the evaluation and the exports say so.
 */
class ClaimsCommandTest {
    private static final String A = "🇺🇦 Russia ordered its troops to leave the west bank of the Dnipro, Shoigu said. Kyiv doubts the retreat is real.";
    private static final String B = "Moscow told soldiers to withdraw from the Dnipro's west bank. The withdrawal could take a week.";
    private static final String C = "The withdrawal from the west bank could take a week or more. Troops were told to leave Kherson.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CommandRun cli;
    private String location;
    private long main;

    @BeforeEach
    void labelAndCluster() {
        String db = TestDatabase.location(dir, "veritag");
        location = db;
        cli = new CommandRun(db);
        try (Database database = Database.open(db)) {
            var store = database.store();
            Article a = store.articles().get(store.articles().insert(new NewArticle("a", "Troops told to leave", "Outlet A", null, "2022-11-09", A), "sha-a")).orElseThrow();
            Article b = store.articles().get(store.articles().insert(new NewArticle("b", "Withdrawal", "Outlet B", null, "2022-11-10", B), "sha-b")).orElseThrow();
            Article c = store.articles().get(store.articles().insert(new NewArticle("c", "A week", "Outlet C", null, "2022-11-11", C), "sha-c")).orElseThrow();
            Annotator anna = store.annotators().getOrCreate("anna");
            LabelingService labeling = new LabelingService(store, anna);
            ClaimClusters claims = labeling.claims();
            Span ordered = span(labeling, a, "Russia ordered its troops to leave the west bank of the Dnipro", Label.CLAIM);
            Span shoigu = labeling.createSource(a, A.indexOf("Shoigu"), A.indexOf("Shoigu") + 6, SourceType.MILITARY, ordered.id(), true).select();
            Span doubts = span(labeling, a, "Kyiv doubts the retreat is real", Label.DENIAL);
            Span told = span(labeling, b, "Moscow told soldiers to withdraw from the Dnipro's west bank", Label.CLAIM);
            Span week = span(labeling, b, "The withdrawal could take a week", Label.CLAIM);
            Span weekC = span(labeling, c, "The withdrawal from the west bank could take a week or more", Label.CLAIM);
            claims.start(ordered.id());
            claims.joinSpan(told.id(), ordered.id());
            claims.joinSpan(doubts.id(), ordered.id());
            claims.joinSpan(weekC.id(), week.id());
            main = claims.membership(ordered.id()).orElseThrow().clusterId();
            claims.rename(main, "Russia ordered a withdrawal from the west bank");
            assertThat(shoigu.label()).isEqualTo(Label.SOURCE);
            assertThat(labeling.links(a.id())).extracting(l -> l.type()).containsExactly(LinkType.SAID_BY);
        }
    }

    private static Span span(LabelingService labeling, Article article, String words, String label) {
        int at = article.text().indexOf(words);
        return labeling.createSpan(article, at, at + words.length(), label, true).select();
    }

    @Test
    void listsClustersWithOutletsDatesSourcesAndDenials() throws Exception {
        assertThat(cli.run("claims")).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).containsPattern(main + "\\s+anna\\s+Russia ordered a withdrawal from the west bank\\s+2\\s+2\\s+2022-11-09\\s+2022-11-10\\s+1\\s+0\\s+Shoigu\\s+no");
        assertThat(cli.out()).contains("2 clusters");

        assertThat(cli.run("claims", "--format", "json", "--layer", "anna")).isZero();
        JsonNode first = JSON.readTree(cli.out()).get(0);
        assertThat(first.get("canonical").asText()).isEqualTo("Russia ordered a withdrawal from the west bank");
        assertThat(first.get("members")).extracting(m -> m.get("article").asText()).containsExactly("a", "b");
        assertThat(first.get("attached").get(0).get("label").asText()).isEqualTo("DENIAL");
        assertThat(first.get("sources").get(0).asText()).isEqualTo("Shoigu");
    }

    @Test
    void evaluatesRecallOnSettledClustersAndSaysUndefinedWhenThereIsNone() {
        assertThat(cli.run("claims", "--evaluate")).isZero();
        assertThat(cli.out()).containsPattern("anna\\s+0\\s+0\\s+undefined\\s+undefined\\s+undefined");
        assertThat(cli.run("claims", "--settle", Long.toString(main), "--layer", "anna")).isZero();
        assertThat(cli.out()).contains("Cluster " + main + " settled");
        assertThat(cli.run("claims", "--evaluate", "--layer", "anna")).isZero();
        assertThat(cli.out()).containsPattern("anna\\s+1\\s+2\\s+0\\.500\\s+1\\.000\\s+0\\.750"); // the week claim of C outranks one member
        assertThat(cli.run("claims", "--evaluate", "--all-clusters", "--format", "json")).isZero();
        assertThat(cli.out()).contains("\"clusters\" : 2", "\"claims\" : 4");
    }

    @Test
    void exportsClaimsWithCodePointOffsetsAndPairsWithAManifest() throws Exception {
        Path out = dir.resolve("exports").resolve("claims-test");
        assertThat(cli.run("claims", "--export", "--layer", "anna", "--out", out.toString())).isZero();
        assertThat(cli.out()).contains("Exported 2 clusters (4 claims, 1 attached) and ").containsPattern("\\(2 same, [1-9]\\d* not same\\)").contains(out.toString());
        List<String> lines = Files.readAllLines(out.resolve("claims.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode cluster = JSON.readTree(lines.get(0));
        assertThat(cluster.get("canonical").asText()).isEqualTo("Russia ordered a withdrawal from the west bank");
        JsonNode member = cluster.get("members").get(0);
        assertThat(member.get("article").asText()).isEqualTo("a");
        // code points: what Python's text[start:end] gives (the flag is 2 code points, 4 UTF-16 units)
        int[] points = A.codePoints().toArray();
        String slice = new String(points, member.get("start").asInt(), member.get("end").asInt() - member.get("start").asInt());
        assertThat(slice).isEqualTo(member.get("text").asText()).isEqualTo("Russia ordered its troops to leave the west bank of the Dnipro");
        assertThat(member.get("start").asInt()).isEqualTo(3);

        List<JsonNode> pairs = Files.readAllLines(out.resolve("claim_pairs.jsonl")).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(pairs).filteredOn(p -> p.get("label").asInt() == 1).extracting(p -> p.get("text_a").asText() + " | " + p.get("text_b").asText())
                .containsExactlyInAnyOrder(
                        "Russia ordered its troops to leave the west bank of the Dnipro | Moscow told soldiers to withdraw from the Dnipro's west bank",
                        "The withdrawal could take a week | The withdrawal from the west bank could take a week or more");
        assertThat(pairs).filteredOn(p -> p.get("label").asInt() == 0).isNotEmpty().allSatisfy(p -> assertThat(p.fieldNames()).toIterable()
                .containsExactly("text_a", "text_b", "label"));

        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asText()).isEqualTo("claims");
        assertThat(manifest.get("clusters").asInt()).isEqualTo(2);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = Files.readAllBytes(out.resolve(file.get("path").asText()));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(file.get("sha256").asText());
        }
        assertThat(manifest.get("files")).extracting(f -> f.get("path").asText()).containsExactly("claim_pairs.jsonl", "claims.jsonl");
        // the same folder again is refused with one line, and nothing is half-written
        assertThat(cli.run("claims", "--export", "--layer", "anna", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: export destination").hasLineCount(1);
    }

    /**
     * ben labels the same four claims (one shorter: paired by overlap) and one more, and groups differently: the
     * withdrawal order, its retelling and the week claim of B together, C's week claim alone, his extra claim with
     * the first three. Matched items (anna, ben): ordered (M, X), told (M, X), week (W, X), weekC (W, -); ben's extra
     * claim has no partner. Pairs: anna 2, ben 3, both 1: P 1/3, R 1/2, F1 0.4. B-cubed P (2/3 + 2/3 + 1/3 + 1) / 4
     * = 0.667, R (1 + 1 + 1/2 + 1/2) / 4 = 0.75, F1 12/17 = 0.706. carl labeled nothing: undefined, with the reason.
     */
    @Test
    void clusterAgreementOfTwoAnnotatorsAsWorkedOutByHand() throws Exception {
        try (Database database = Database.open(location)) {
            var store = database.store();
            Article a = store.articles().byExternalId("a").orElseThrow();
            Article b = store.articles().byExternalId("b").orElseThrow();
            Article c = store.articles().byExternalId("c").orElseThrow();
            LabelingService ben = new LabelingService(store, store.annotators().getOrCreate("ben"));
            store.annotators().getOrCreate("carl");
            Span ordered = span(ben, a, "Russia ordered its troops to leave the west bank of the Dnipro", Label.CLAIM);
            Span told = span(ben, b, "Moscow told soldiers to withdraw", Label.CLAIM);
            Span week = span(ben, b, "The withdrawal could take a week", Label.CLAIM);
            span(ben, c, "The withdrawal from the west bank could take a week or more", Label.CLAIM);
            Span extra = span(ben, c, "Troops were told to leave Kherson", Label.CLAIM);
            ben.claims().start(ordered.id());
            ben.claims().joinSpan(told.id(), ordered.id());
            ben.claims().joinSpan(week.id(), ordered.id());
            ben.claims().joinSpan(extra.id(), ordered.id());
        }
        assertThat(cli.run("claims", "--agreement", "--layers", "ben,anna", "--format", "json")).isZero();
        JsonNode pair = JSON.readTree(cli.out()).get(0);
        assertThat(pair.get("reference").asText()).isEqualTo("anna");
        assertThat(pair.get("other").asText()).isEqualTo("ben");
        assertThat(List.of(pair.get("reference_claims").asInt(), pair.get("other_claims").asInt(), pair.get("matched_claims").asInt(),
                pair.get("reference_pairs").asInt(), pair.get("other_pairs").asInt(), pair.get("shared_pairs").asInt()))
                .containsExactly(4, 5, 4, 2, 3, 1);
        assertThat(pair.get("pairwise").get("precision").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pair.get("pairwise").get("recall").asDouble()).isEqualTo(0.5);
        assertThat(pair.get("pairwise").get("f1").asDouble()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pair.get("bcubed").get("precision").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pair.get("bcubed").get("recall").asDouble()).isEqualTo(0.75);
        assertThat(pair.get("bcubed").get("f1").asDouble()).isCloseTo(12.0 / 17, org.assertj.core.api.Assertions.within(1e-9));

        assertThat(cli.run("claims", "--agreement")).isZero();
        assertThat(cli.out()).containsPattern("anna\\s+ben\\s+4/5\\s+4\\s+2/3/1\\s+0\\.333\\s+0\\.500\\s+0\\.400\\s+0\\.667\\s+0\\.750\\s+0\\.706")
                .containsPattern("anna\\s+carl\\s+4/0\\s+0\\s+0/0/0\\s+undefined \\(1\\)")
                .contains("(1) undefined: no claim labeled by both");
        assertThat(cli.run("claims", "--agreement", "--layers", "anna")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: cluster agreement needs two annotators, there is one" + System.lineSeparator());
        assertThat(cli.run("claims", "--agreement", "--layers", "anna,nobody")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: no annotator named nobody").hasLineCount(1);
    }

    @Test
    void badRequestsAreOneClearLine() {
        assertThat(cli.run("claims", "--export")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: name the layer: --layer ANNOTATOR" + System.lineSeparator());
        assertThat(cli.run("claims", "--layer", "nobody\u001b[31m")).isEqualTo(1);
        assertThat(cli.err()).startsWith("veritag: no annotator named nobody").doesNotContain("\u001b").hasLineCount(1);
        assertThat(cli.run("claims", "--settle", "999999", "--layer", "anna")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("veritag: That claim cluster no longer exists" + System.lineSeparator());
    }
}
