package io.veritag.ui.dataset;

import io.veritag.service.dataset.ExportResult;
import java.util.Map;
import java.util.stream.Collectors;

/** The text the export dialog shows when an export has finished: where, and how much. */
final class ExportSummary {
    private ExportSummary() {
    }

    static String describe(ExportResult result) {
        StringBuilder text = new StringBuilder();
        text.append("Exported ").append(result.articles()).append(" articles (").append(result.documents())
                .append(" documents, ").append(result.spans()).append(" spans) as ").append(result.format())
                .append(" to\n").append(result.folder().toAbsolutePath()).append('\n');
        text.append("Labels: ").append(counts(result.spansByLabel())).append('\n');
        result.spansByAnnotator().forEach((layer, counts) -> text.append(layer).append(": ").append(counts(counts)).append('\n'));
        if (result.parts().size() > 1) {
            text.append("Split: ").append(result.parts().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().size()).collect(Collectors.joining(", "))).append(" articles\n");
        }
        result.leftOut().forEach((what, count) -> text.append("Left out or changed: ").append(count).append(' ').append(what).append('\n'));
        return text.toString().stripTrailing();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
