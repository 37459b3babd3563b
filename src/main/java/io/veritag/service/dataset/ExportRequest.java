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
 * @param spreadsheetSafe neutralise cells a spreadsheet would run as formulas (CSV); false keeps data exact
 */
public record ExportRequest(DatasetFormat format, ExportLayer layer, boolean allStatuses, List<String> labels,
                            DatasetSplit split, Path destination, boolean spreadsheetSafe) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(layer, "layer");
        labels = List.copyOf(labels);
    }

    /** An exact export (no spreadsheet neutralising). */
    public ExportRequest(DatasetFormat format, ExportLayer layer, boolean allStatuses, List<String> labels,
                         DatasetSplit split, Path destination) {
        this(format, layer, allStatuses, labels, split, destination, false);
    }
}
