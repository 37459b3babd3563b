package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A format that writes one JSON object per document, one per line ({@code data.jsonl}, or {@code train.jsonl}…):
 * subclasses only say how one document looks, keys in a fixed order.
 */
abstract class JsonLinesFormat implements DatasetFormat {
    private final String name;
    private final String description;

    JsonLinesFormat(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException {
        return new JsonLinesWriter(SingleFile.create(folder, part, "jsonl"), this::write, maxLineChars());
    }

    /** The longest line this format may write: what its reader accepts, or no limit if it has none. */
    long maxLineChars() {
        return Long.MAX_VALUE;
    }

    /** Writes the document as one JSON object. */
    abstract void write(JsonGenerator json, AnnotatedDocument document) throws IOException;
}
