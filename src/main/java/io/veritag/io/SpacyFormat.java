package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * spaCy / Prodigy style: {@code {"text","spans":[{"start","end","label","text"}],"meta":{"id","annotator","status","title"}}}
 * per line; offsets are what {@code Doc.char_span} takes.
 */
public final class SpacyFormat extends JsonLinesFormat {
    public SpacyFormat() {
        super("spacy", "spaCy / Prodigy JSONL ({\"text\", \"spans\": [{start, end, label, text}], \"meta\"})");
    }

    @Override
    void write(JsonGenerator json, AnnotatedDocument document) throws IOException {
        ArticleData article = document.article();
        json.writeStartObject();
        json.writeStringField("text", article.text());
        Json.spans(json, document, false);
        json.writeObjectFieldStart("meta");
        json.writeStringField("id", article.externalId());
        json.writeStringField("annotator", document.annotator());
        json.writeStringField("status", document.status().key());
        json.writeStringField("title", article.title());
        json.writeEndObject();
        json.writeEndObject();
    }
}
