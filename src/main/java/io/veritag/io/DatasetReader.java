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

    /** True if this format reads other tools' label names and annotators, so that {@link ImportOptions} apply. */
    default boolean takesOptions() {
        return false;
    }

    /**
     * Reads one unit with a label map and a default annotator (see {@link ImportOptions}). Formats that do not
     * {@linkplain #takesOptions take options} read as {@link #read(Path, Set, Consumer)} and refuse any.
     */
    default void read(Path unit, Set<String> labels, ImportOptions options, Consumer<ImportedDocument> sink)
            throws IOException {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("this format takes neither --map nor --annotator");
        }
        read(unit, labels, sink);
    }
}
