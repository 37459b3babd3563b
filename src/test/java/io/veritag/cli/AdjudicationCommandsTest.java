package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjudicationCommandsTest {
    @TempDir
    Path dir;

    private String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createBatch() {
        db = dir.resolve("veritag").toString();
        try (Database database = Database.open(db)) {
            new AdjudicationFixture(database.store());
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return VeritagCommand.commandLine((db, annotator) -> { })
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }

    @Test
    void autoPreAcceptsAndPrintsWhatIsLeftPerArticle() {
        assertThat(run("adjudicate", "--auto", "--annotators", "ben,anna", "--curator", "cora")).isZero();

        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                annotators: anna, ben; curator: cora
                k1  0 of 3 settled      left: 1 missing, 1 boundary, 1 label  (pre-accepted 1)
                k2  0 of 1 settled      left: 1 missing  (pre-accepted 1)
                2 articles, 0 done; 4 disagreements left; 2 spans pre-accepted
                """);
        assertThat(err.toString()).isEmpty();

        assertThat(run("adjudicate", "--auto", "--curator", "cora")).isZero();
        assertThat(out.toString()).contains("(pre-accepted 0)").endsWith("; 0 spans pre-accepted" + System.lineSeparator());
    }

    @Test
    void withoutAutoItOnlyShowsWhatIsLeft() {
        assertThat(run("adjudicate")).isZero();
        assertThat(out.toString()).contains("k1  0 of 3 settled").doesNotContain("pre-accepted");
        assertThat(run("gold")).isZero();
        assertThat(out.toString()).startsWith("no article is under adjudication yet");
    }

    @Test
    void goldListsStatusPerArticleAsTextAndJson() throws Exception {
        run("adjudicate", "--auto", "--curator", "cora");

        assertThat(run("gold")).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                ARTICLE  STATUS  SETTLED         GOLD  ANNOTATORS  CURATOR  TITLE
                k1       open    0 of 3 settled  1     anna, ben   cora     Kherson is free
                k2       open    0 of 1 settled  1     anna, ben   cora     Power is back
                2 articles under adjudication, 0 done, 2 gold spans
                """);

        assertThat(run("gold", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("article_id").asText()).isEqualTo("k1");
        assertThat(json.get(0).get("status").asText()).isEqualTo("open");
        assertThat(json.get(0).get("settled").asInt()).isZero();
        assertThat(json.get(0).get("total").asInt()).isEqualTo(3);
        assertThat(json.get(1).get("gold_spans").asInt()).isEqualTo(1);
        assertThat(json.get(1).get("curator").asText()).isEqualTo("cora");
        assertThat(json.get(1).get("annotators")).extracting(JsonNode::asText).containsExactly("anna", "ben");
    }

    @Test
    void badInputIsOneLine() {
        assertThat(run("adjudicate", "--annotators", "anna,zoe")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("veritag: unknown annotator 'zoe'" + System.lineSeparator());
        assertThat(run("gold", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }
}
