package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;

/**
 * Veritag's own lossless format, one line per (article, annotator):
 * {@code {"id","title","source","url","published","text","annotator","status","spans":[{"start","end","label","text","note"}]}}.
 */
public final class JsonlFormat extends JsonLinesFormat {
    public JsonlFormat() {
        super("jsonl", "Veritag JSONL: lossless, re-importable (articles, annotators, statuses, spans, notes)");
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
        Json.spans(json, document, true);
        json.writeEndObject();
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
