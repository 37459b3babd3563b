package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes one JSON object per document, each on its own line. */
final class JsonLinesWriter implements DatasetWriter {
    /** How one document becomes one JSON object. */
    @FunctionalInterface
    interface ObjectWriter {
        void write(JsonGenerator json, AnnotatedDocument document) throws IOException;
    }

    private final JsonGenerator generator;
    private final ObjectWriter objects;

    JsonLinesWriter(OutputStream out, ObjectWriter objects) throws IOException {
        this.generator = Json.lines(out);
        this.objects = objects;
    }

    @Override
    public void write(AnnotatedDocument document) throws IOException {
        objects.write(generator, document);
        Json.endLine(generator);
    }

    @Override
    public Map<Adjustment, Integer> finish() throws IOException {
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
