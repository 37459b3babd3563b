package io.veritag.service.dataset;

import io.veritag.io.DatasetFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to export and where.
 *
 * @param layer       gold or annotators' spans: the service chooses where to read them from
 * @param labels      the labels to keep; empty for all
 * @param split       null for one part
 * @param destination the folder to create; null for {@code exports/<format>-<yyyyMMdd-HHmmss>}
 */
public record ExportRequest(DatasetFormat format, ExportLayer layer, boolean allStatuses, List<String> labels,
                            DatasetSplit split, Path destination) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(layer, "layer");
        labels = List.copyOf(labels);
    }
}
