package io.veritag.cli;

import io.veritag.model.Counted;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.ArticleGold;
import io.veritag.service.adjudication.GoldClusterListing;
import io.veritag.service.adjudication.GoldOverview;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag gold}: the gold status of every article under adjudication. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = "List the gold status of every article under adjudication: settled, gold spans, done or open.")
final class GoldCommand implements Callable<Integer> {
    /** Said of gold an annotator's later change made stale, as the adjudication window says it. */
    static final String STALE = "gold older than the annotations";

    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--article", paramLabel = "ID",
            description = "Instead of the listing: this article's gold spans, each with its history (who proposed it, who decided, when, why).")
    String article;

    @Option(names = "--clusters", description = "Instead of the listing: the claim clusters of the gold layer, each with its gold spans.")
    boolean clusters;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openWorkspace()) {
            if (clusters) {
                List<GoldClusterListing.Row> rows = workspace.adjudication().goldClusters();
                if (format == OutputFormat.json) {
                    out.println(JsonOutput.write(rows.stream().map(GoldCommand::json).toList()));
                } else {
                    clusters(out, rows);
                }
                out.flush();
                return 0;
            }
            if (article != null) {
                ArticleGold gold = workspace.adjudication().articleGold(article);
                if (format == OutputFormat.json) {
                    out.println(JsonOutput.write(GoldAuditJson.of(gold)));
                } else {
                    GoldAuditText.print(gold, out);
                }
                out.flush();
                return 0;
            }
            List<GoldOverview> rows = workspace.adjudication().goldOverview();
            if (format == OutputFormat.json) { // written row by row: never the whole listing as one text
                JsonOutput.writeArray(out, rows.stream().map(GoldCommand::json).iterator());
            } else {
                text(out, rows);
            }
            out.flush();
        }
        return 0;
    }

    private static void text(PrintWriter out, List<GoldOverview> rows) {
        if (rows.isEmpty()) {
            out.println("no article is under adjudication yet (try: veritag adjudicate --auto)");
            return;
        }
        TextTable table = new TextTable(60, "ARTICLE", "STATUS", "SETTLED", "GOLD", "LINKS", "ANNOTATORS", "CURATOR", "TITLE");
        for (GoldOverview row : rows) {
            table.row(row.article().externalId(), row.status() + (row.goldStale() ? ", " + STALE : ""), row.settlement().text(), row.goldSpans(), row.goldLinks(),
                    String.join(", ", row.annotators()), row.curator(), row.article().title());
        }
        table.print(out);
        long done = rows.stream().filter(r -> r.settlement().done()).count();
        out.println(Counted.of(rows.size(), "article") + " under adjudication, " + done + " done, "
                + Counted.of(rows.stream().mapToInt(GoldOverview::goldSpans).sum(), "gold span") + ", "
                + Counted.of(rows.stream().mapToInt(GoldOverview::goldLinks).sum(), "gold link"));
        long stale = rows.stream().filter(GoldOverview::goldStale).count();
        if (stale > 0) {
            out.println(Counted.of(stale, "article") + " with " + STALE + ": an annotator changed spans after the last"
                    + " decision; review again (veritag window, Adjudicate)");
        }
    }

    private static void clusters(PrintWriter out, List<GoldClusterListing.Row> rows) {
        if (rows.isEmpty()) {
            out.println("the gold layer has no claim clusters yet (in the adjudication window: C on a gold span)");
            return;
        }
        TextTable table = new TextTable(60, "CLUSTER", "CANONICAL WORDING", "ARTICLE", "LABEL", "TEXT");
        for (GoldClusterListing.Row row : rows) {
            for (GoldClusterListing.Entry e : row.spans()) {
                table.row(row.cluster().id(), row.cluster().canonical(), e.article().externalId(), e.span().label(), e.text());
            }
        }
        table.print(out);
        out.println(Counted.of(rows.size(), "gold claim cluster") + ", "
                + Counted.of(rows.stream().mapToInt(r -> r.spans().size()).sum(), "gold span"));
    }

    private static Map<String, Object> json(GoldClusterListing.Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold_cluster", row.cluster().id());
        json.put("canonical", row.cluster().canonical());
        json.put("spans", row.spans().stream().map(e -> {
            io.veritag.model.TextOffsets offsets = io.veritag.model.TextOffsets.of(e.article().text());
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("article", e.article().externalId());
            span.put("label", e.span().label());
            span.put("start", offsets.toCodePoint(e.span().start()));
            span.put("end", offsets.toCodePoint(e.span().end()));
            span.put("text", e.text());
            return span;
        }).toList());
        return json;
    }

    private static Map<String, Object> json(GoldOverview row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("article_id", row.article().externalId());
        json.put("title", row.article().title());
        json.put("status", row.status());
        json.put("settled", row.settlement().settled());
        json.put("total", row.settlement().total());
        json.put("gold_stale", row.goldStale());
        json.put("gold_spans", row.goldSpans());
        json.put("gold_links", row.goldLinks());
        json.put("annotators", row.annotators());
        json.put("curator", row.curator());
        json.put("updated_at", row.updatedAt().toString());
        return json;
    }
}
