package io.veritag.cli;

import io.veritag.service.CatalogService;
import io.veritag.service.CatalogService.ArticleRow;
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

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List articles with each annotator's status and span count.")
final class ArticlesCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--near-duplicates", description = "List the pairs of articles found to be near-duplicates on import "
            + "(the same story with a changed headline), with the share of word shingles they have in common.")
    boolean nearDuplicates;

    @Override
    public Integer call() {
        if (nearDuplicates) {
            return NearDuplicatesListing.print(parent, format, spec.commandLine().getOut());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ArticleRow> rows;
        try (Workspace workspace = parent.openWorkspace()) {
            if (format == OutputFormat.json) { // streamed: a page of articles at a time, as it is written
                JsonOutput.writeArray(out, workspace.catalog().articleRows().map(ArticlesCommand::toJson).iterator());
                return 0;
            }
            rows = workspace.catalog().articles();
        }
        if (rows.isEmpty()) {
            out.println("No articles. Import some with: veritag import PATH… (or --samples)");
            out.flush();
            return 0;
        }
        TextTable table = new TextTable(60, "ID", "EXTERNAL ID", "TITLE", "SOURCE", "STATUS (SPANS) PER ANNOTATOR");
        for (ArticleRow row : rows) {
            StringBuilder perAnnotator = new StringBuilder();
            row.statuses().forEach((name, status) -> perAnnotator.append(perAnnotator.length() == 0 ? "" : ", ")
                    .append(name).append(": ").append(status.key()).append(" (").append(row.spanCounts().get(name)).append(')'));
            table.row(row.id(), row.externalId(), row.title(), row.source(), perAnnotator);
        }
        table.print(out);
        return 0;
    }

    private static Map<String, Object> toJson(ArticleRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", row.id());
        json.put("external_id", row.externalId());
        json.put("title", row.title());
        json.put("source", row.source());
        Map<String, Object> annotators = new LinkedHashMap<>();
        row.statuses().forEach((name, status) ->
                annotators.put(name, Map.of("status", status.key(), "spans", row.spanCounts().get(name))));
        json.put("annotators", annotators);
        return json;
    }
}
