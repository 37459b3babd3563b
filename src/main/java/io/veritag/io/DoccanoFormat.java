package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** doccano's sequence-labeling import: {@code {"id","text","label":[[start,end,"CLAIM"],…],"annotator"}} per line. */
public final class DoccanoFormat extends JsonLinesFormat {
    public DoccanoFormat() {
        super("doccano", "doccano sequence labeling JSONL ({\"text\", \"label\": [[start, end, label]]})");
    }

    @Override
    void write(JsonGenerator json, AnnotatedDocument document) throws IOException {
        ArticleData article = document.article();
        json.writeStartObject();
        json.writeStringField("id", article.externalId());
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("label");
        for (LabeledSpan span : document.spans()) {
            CodePointSpan file = CodePointSpan.of(article, span);
            json.writeStartArray();
            json.writeNumber(file.start());
            json.writeNumber(file.end());
            json.writeString(span.label());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStringField("annotator", document.annotator());
        json.writeEndObject();
    }
}
