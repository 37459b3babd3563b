package io.veritag.cli;

import io.veritag.model.ArticleSummary;
import io.veritag.model.NearDuplicate;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code veritag articles --near-duplicates}: each pair found on import, later article first. */
final class NearDuplicatesListing {
    private NearDuplicatesListing() {
    }

    static int print(VeritagCommand parent, OutputFormat format, PrintWriter out) {
        List<NearDuplicate> pairs;
        try (Workspace workspace = parent.openWorkspace()) {
            pairs = workspace.origins().nearDuplicates();
        }
        if (format == OutputFormat.json) {
            out.println(JsonOutput.write(pairs.stream().map(NearDuplicatesListing::toJson).toList()));
            out.flush();
            return 0;
        }
        if (pairs.isEmpty()) {
            out.println("No near-duplicate articles.");
            out.flush();
            return 0;
        }
        TextTable table = new TextTable(50, "ID", "EXTERNAL ID", "TITLE", "SOURCE", "SHARED", "NEAR-DUPLICATE OF", "TITLE", "SOURCE");
        for (NearDuplicate pair : pairs) {
            ArticleSummary a = pair.article();
            ArticleSummary b = pair.similar();
            table.row(a.id(), a.externalId(), a.title(), a.source(), pair.similarityPercent() + " %",
                    b.id() + " " + b.externalId(), b.title(), b.source());
        }
        table.print(out);
        return 0;
    }

    private static Map<String, Object> toJson(NearDuplicate pair) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", pair.article().id());
        json.put("external_id", pair.article().externalId());
        json.put("title", pair.article().title());
        json.put("similar_id", pair.similar().id());
        json.put("similar_external_id", pair.similar().externalId());
        json.put("similar_title", pair.similar().title());
        json.put("shared_shingles_percent", pair.similarityPercent());
        return json;
    }
}
