package io.veritag.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * Writes one export part document by document, so that memory does not grow with the dataset.
 * {@link #close()} without {@link #finish()} abandons the output (the caller deletes the folder).
 */
public interface DatasetWriter extends Closeable {
    void write(AnnotatedDocument document) throws IOException;

    /**
     * Flushes everything and says what the format could not hold, as "what was left out" → count
     * (empty when nothing was lost), in a stable order.
     */
    Map<Adjustment, Integer> finish() throws IOException;

    /** After {@link #finish()}: what the reader of the files should know → count (empty if nothing). */
    default Map<ExportWarning, Integer> warnings() {
        return Map.of();
    }

    /**
     * After {@link #finish()}: file or folder names that stand for an id or name they could not hold whole
     * (shortened), as name → the id or name; the manifest keeps them so that an import can map them back.
     */
    default Map<String, String> fileNames() {
        return Map.of();
    }
}
