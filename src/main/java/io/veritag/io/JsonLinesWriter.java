package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Shared plumbing of the JSON Lines formats: one object per document, each on its own line. */
abstract class JsonLinesWriter implements DatasetWriter {
    private final JsonGenerator generator;

    JsonLinesWriter(OutputStream out) throws IOException {
        this.generator = Json.lines(out);
    }

    @Override
    public final void write(AnnotatedDocument document) throws IOException {
        writeObject(generator, document);
        Json.endLine(generator);
    }

    /** Writes the document as one JSON object, keys in a fixed order. */
    abstract void writeObject(JsonGenerator json, AnnotatedDocument document) throws IOException;

    @Override
    public Map<String, Integer> finish() throws IOException {
        generator.close();
        return Map.of();
    }

    @Override
    public void close() throws IOException {
        if (!generator.isClosed()) {
            generator.close();
        }
    }
}
