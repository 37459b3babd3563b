package io.veritag.cli;

import io.veritag.service.CatalogService;
import io.veritag.service.CatalogService.AnnotatorRow;
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

@Command(name = "annotators", mixinStandardHelpOptions = true,
        description = "List annotators with their span counts and finished articles.")
final class AnnotatorsCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        List<AnnotatorRow> rows;
        try (Workspace workspace = parent.openWorkspace()) {
            rows = workspace.catalog().annotators();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(JsonOutput.write(rows.stream().map(AnnotatorsCommand::toJson).toList()));
        } else if (rows.isEmpty()) {
            out.println("No annotators yet: the window asks for a name on first start.");
        } else {
            TextTable table = new TextTable(60, "NAME", "SPANS", "DONE", "IN PROGRESS");
            rows.forEach(r -> table.row(r.name(), r.spans(), r.articlesDone(), r.articlesInProgress()));
            table.print(out);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> toJson(AnnotatorRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", row.name());
        json.put("spans", row.spans());
        json.put("articles_done", row.articlesDone());
        json.put("articles_in_progress", row.articlesInProgress());
        return json;
    }
}
