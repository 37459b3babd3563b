package io.veritag.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Jackson set up once for every JSON format: UTF-8 without BOM, non-ASCII written as is (emoji as one 4-byte
 * character, not as an escaped surrogate pair), except U+2028 and
 * U+2029, which are escaped because line-oriented readers (JavaScript, Python's splitlines) treat them as
 * line breaks and would cut a JSONL line in two.
 */
final class Json {
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new LineSeparatorEscapes())
            .rootValueSeparator((String) null)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {
    }

    /** A generator writing JSON Lines to {@code out}: call {@link #endLine} after each object. */
    static JsonGenerator lines(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    static void endLine(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    /** Writes a string field, or null when the value is null. */
    static void stringOrNull(JsonGenerator generator, String field, String value) throws IOException {
        if (value == null) {
            generator.writeNullField(field);
        } else {
            generator.writeStringField(field, value);
        }
    }

    /**
     * Writes {@code "spans":[{"start","end","label","text"(,"note")}]}: code point offsets and the covered text,
     * in the document's span order.
     */
    static void spans(JsonGenerator json, AnnotatedDocument document, boolean withNotes) throws IOException {
        json.writeArrayFieldStart("spans");
        for (LabeledSpan span : document.spans()) {
            CodePointSpan file = CodePointSpan.of(document.article(), span);
            json.writeStartObject();
            json.writeNumberField("start", file.start());
            json.writeNumberField("end", file.end());
            json.writeStringField("label", span.label());
            json.writeStringField("text", file.text());
            if (withNotes) {
                stringOrNull(json, "note", span.note());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
