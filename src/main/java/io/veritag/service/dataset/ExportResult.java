package io.veritag.service.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param leftOut what the format could not hold or had to change → count (e.g. overlapping spans in IOB2)
 * @param parts   part name (or {@code all}) → external ids of its articles, in export order
 */
public record ExportResult(Path folder, String format, int articles, int documents, int spans,
                           Map<String, Integer> spansByLabel, Map<String, Map<String, Integer>> spansByAnnotator,
                           Map<String, Integer> leftOut, Map<String, List<String>> parts, List<Path> files) {
}
