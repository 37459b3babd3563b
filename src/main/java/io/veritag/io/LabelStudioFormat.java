package io.veritag.io;

import java.util.Optional;

/**
 * Label Studio's JSON export of a text labeling project: an array of tasks, each with {@code data.text} and
 * {@code annotations[].result[]} items of type {@code labels}. Imported only (see {@link LabelStudioReader}).
 */
public final class LabelStudioFormat implements DatasetFormat {
    @Override
    public String name() {
        return "labelstudio";
    }

    @Override
    public String description() {
        return "Label Studio JSON export (tasks with data.text and annotations of type labels); import only, with a label map";
    }

    @Override
    public boolean exportable() {
        return false;
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) {
        throw new UnsupportedOperationException("Veritag imports Label Studio exports; it does not write them");
    }

    @Override
    public Optional<DatasetReader> reader() {
        return Optional.of(new LabelStudioReader());
    }
}
