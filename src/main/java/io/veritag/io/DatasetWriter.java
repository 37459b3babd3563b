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
}
