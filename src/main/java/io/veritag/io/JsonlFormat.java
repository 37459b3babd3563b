package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Veritag's own lossless format, one line per (article, annotator):
 * {@code {"id","title","source","url","published","text","annotator","status",
 * "spans":[{"id","start","end","label","text","note","source_type","unsure"}],"links":[{"type","from","to"}]}}.
 * A span's {@code id} ({@code s1}, {@code s2}… in the line's span order) is what links name; offsets are code points.
 */
public final class JsonlFormat extends JsonLinesFormat {
    /** Span ids in exported lines: {@code s1}, {@code s2}… */
    static final String SPAN_ID_PREFIX = "s";

    public JsonlFormat() {
        super("jsonl", "Veritag JSONL: lossless, re-importable (articles, annotators, statuses, spans, notes, sources, links, flags)");
    }

    @Override
    void write(JsonGenerator json, AnnotatedDocument document) throws IOException {
        ArticleData article = document.article();
        json.writeStartObject();
        json.writeStringField("id", article.externalId());
        json.writeStringField("title", article.title());
        Json.stringOrNull(json, "source", article.source());
        Json.stringOrNull(json, "url", article.url());
        Json.stringOrNull(json, "published", article.published());
        json.writeStringField("text", article.text());
        json.writeStringField("annotator", document.annotator());
        json.writeStringField("status", document.status().key());
        writeSpansAndLinks(json, document);
        json.writeEndObject();
    }

    private void writeSpansAndLinks(JsonGenerator json, AnnotatedDocument document) throws IOException {
        Map<Long, Integer> numbers = new HashMap<>();
        json.writeArrayFieldStart("spans");
        int number = 0;
        for (LabeledSpan span : document.spans()) {
            number++;
            if (span.key() != 0) {
                numbers.put(span.key(), number);
            }
            CodePointSpan file = CodePointSpan.of(document.article(), span);
            json.writeStartObject();
            json.writeStringField("id", SPAN_ID_PREFIX + number);
            json.writeNumberField("start", file.start());
            json.writeNumberField("end", file.end());
            json.writeStringField("label", span.label());
            json.writeStringField("text", file.text());
            Json.stringOrNull(json, "note", span.note());
            Json.stringOrNull(json, "source_type", span.sourceType() == null ? null : span.sourceType().name());
            json.writeBooleanField("unsure", span.unsure());
            json.writeEndObject();
        }
        json.writeEndArray();
        // every span is written, so every link has both ends (the export drops links to spans it leaves out)
        json.writeArrayFieldStart("links");
        for (NumberedLinks.Numbered link : NumberedLinks.of(document.links(), numbers, new int[1])) {
            json.writeStartObject();
            json.writeStringField("type", link.type().name());
            json.writeStringField("from", SPAN_ID_PREFIX + link.from());
            json.writeStringField("to", SPAN_ID_PREFIX + link.to());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public Set<AnnotationPart> cannotCarry() {
        return EnumSet.noneOf(AnnotationPart.class);
    }

    @Override
    long maxLineChars() {
        return io.veritag.model.Limits.JSONL_LINE_CHARS; // whatever the export writes, the import reads
    }

    @Override
    public Optional<DatasetReader> reader() {
        return Optional.of(new JsonlReader());
    }
}
