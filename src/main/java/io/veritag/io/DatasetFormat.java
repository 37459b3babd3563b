package io.veritag.io;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** One dataset file format: how to write it and, for re-importable formats, how to read it back. */
public interface DatasetFormat {
    /** The name used by {@code --format} and shown in the window, e.g. {@code jsonl}. */
    String name();

    /** One line for menus and help. */
    String description();

    /**
     * Opens a writer for one part of an export, writing its files into {@code folder}.
     *
     * @param part null for an unsplit export, else {@code train}, {@code dev} or {@code test}
     */
    DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException;

    /**
     * What this format's files cannot hold (links, source types, flags, notes), said in the manifest of every
     * export. A format that does not say is assumed to hold none of them.
     */
    default Set<AnnotationPart> cannotCarry() {
        return EnumSet.allOf(AnnotationPart.class);
    }

    /** False for a format Veritag only imports (another tool's export); {@link #openWriter} then is never called. */
    default boolean exportable() {
        return true;
    }

    /** The reader, if files of this format can be imported. */
    default Optional<DatasetReader> reader() {
        return Optional.empty();
    }
}
