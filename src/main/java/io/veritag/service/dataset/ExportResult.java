package io.veritag.service.dataset;

import io.veritag.io.Adjustment;
import io.veritag.io.ExportWarning;
import io.veritag.model.Counted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export wrote.
 *
 * @param leftOut what the format could not hold or had to change → count (e.g. overlapping spans in IOB2)
 * @param warnings what whoever opens the files should know → count (e.g. CSV cells a spreadsheet would run)
 * @param parts   part name (or {@code all}) → external ids of its articles, in export order
 */
public record ExportResult(Path folder, String format, int articles, int documents, int spans,
                           Map<String, Integer> spansByLabel, Map<String, Map<String, Integer>> spansByAnnotator,
                           Map<Adjustment, Integer> leftOut, Map<ExportWarning, Integer> warnings,
                           Map<String, List<String>> parts, List<Path> files) {

    /** Where and how much, as the command line and the window show it: one fact per line. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Exported " + Counted.of(articles, "article") + " (" + Counted.of(documents, "document") + ", "
                + Counted.of(spans, "span") + ") as " + format + " to " + folder.toAbsolutePath());
        lines.add("labels: " + counts(spansByLabel));
        spansByAnnotator.forEach((layer, counts) -> lines.add(layer + ": " + counts(counts)));
        if (!parts.containsKey("all")) {
            lines.add("split: " + parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                    .collect(Collectors.joining(", ")) + " articles");
        }
        leftOut.forEach((what, count) -> lines.add("left out or changed: " + count + " " + what.description()));
        warnings.forEach((what, count) -> lines.add("warning: " + count + " " + what.description()));
        return lines;
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
