package io.veritag.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.veritag.model.Limits;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
            // a line may be as long as Limits says; the readers then name the field that is too long
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Limits.JSONL_LINE_CHARS).build())
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Reads one JSON Lines line: one value, nothing after it, no key twice in an object. */
    private static final ObjectReader STRICT_LINE = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * Parses one line of a JSON Lines file strictly: exactly one JSON object with unique keys and nothing after
     * it, and every string valid Unicode without NUL ({@code "\ud800"} and {@code "\u0000"} are legal JSON
     * escapes but not text).
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    static JsonNode strictObject(String line) {
        JsonNode root;
        try {
            root = STRICT_LINE.readTree(line);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("");
            if (reason.startsWith("Trailing token")) {
                reason = "more than one JSON value on the line (" + reason + ")";
            }
            throw new IllegalArgumentException("malformed JSON: " + reason);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("malformed line: expected a JSON object");
        }
        String problem = textProblem(root, "");
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return root;
    }

    /** The first string (value or key) that is not text, described with its path; null if all are. */
    private static String textProblem(JsonNode node, String path) {
        if (node.isTextual()) {
            String problem = TextChecks.problem(node.textValue());
            return problem == null ? null : (path.isEmpty() ? "a string" : "\"" + path + "\"") + " " + problem;
        }
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                String keyProblem = TextChecks.problem(field.getKey());
                if (keyProblem != null) {
                    return "a key " + keyProblem;
                }
                String problem = textProblem(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String problem = textProblem(node.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
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
