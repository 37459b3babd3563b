package io.veritag.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads annotations back from files of one format. */
public interface DatasetReader {
    /**
     * The files under {@code path} (a file or a folder) that make up one import each, in a stable order.
     * Each is imported whole or not at all.
     */
    List<Path> units(Path path) throws IOException;

    /**
     * Reads one unit, checking offsets, span texts and labels against {@code labels}; hands each document to
     * {@code sink} in file order.
     *
     * @throws DatasetFormatException naming the file and line of the first bad input
     */
    void read(Path unit, Set<String> labels, Consumer<ImportedDocument> sink) throws IOException;
}
