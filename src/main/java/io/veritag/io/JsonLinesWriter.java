package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes one JSON object per document, each on its own line. A line longer than {@code maxLineChars} (what the
 * format's reader accepts) fails the export with a message naming the document, instead of writing a file that
 * Veritag itself would refuse to import.
 */
final class JsonLinesWriter implements DatasetWriter {
    /** How one document becomes one JSON object. */
    @FunctionalInterface
    interface ObjectWriter {
        void write(JsonGenerator json, AnnotatedDocument document) throws IOException;
    }

    private final CharCounter counter;
    private final JsonGenerator generator;
    private final ObjectWriter objects;
    private final long maxLineChars;

    JsonLinesWriter(OutputStream out, ObjectWriter objects, long maxLineChars) throws IOException {
        this.counter = new CharCounter(out);
        this.generator = Json.lines(counter);
        this.generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM); // count lines without flushing the file
        this.objects = objects;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public void write(AnnotatedDocument document) throws IOException {
        long before = counter.chars;
        objects.write(generator, document);
        generator.flush();
        long chars = counter.chars - before;
        if (chars > maxLineChars) {
            throw new IOException("article '" + document.article().externalId() + "' (" + document.annotator()
                    + "): its line would be " + chars + " characters, over the " + maxLineChars
                    + " that Veritag's jsonl import reads; export it as brat or csv, or remove spans");
        }
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

    /** Counts the UTF-16 characters of the UTF-8 passing through: one per lead byte, two for a 4-byte sequence. */
    private static final class CharCounter extends FilterOutputStream {
        long chars;

        CharCounter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            count((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
            out.write(b, off, len);
        }

        private void count(byte b) {
            if ((b & 0xC0) != 0x80) {
                chars += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
    }
}
