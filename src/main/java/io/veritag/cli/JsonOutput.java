package io.veritag.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Pretty JSON for command output. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonOutput() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code items} to {@code out} as one JSON array, each item as it comes: a listing of 100,000 rows is
     * never held as one text (nor, when the items are read lazily, as rows). The same text as {@link #write} of
     * the list, followed by a line end.
     */
    static void writeArray(PrintWriter out, Iterator<?> items) {
        try (SequenceWriter array = MAPPER.writer().writeValuesAsArray(out)) {
            while (items.hasNext()) {
                array.write(items.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        out.println();
        out.flush();
    }
}
