package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;

/**
 * doccano's sequence-labeling JSONL: {@code {"id","text","label":[[start,end,"CLAIM"],…],"annotator"}} per line,
 * code point offsets. Re-importable, and doccano's own exports import with a label map ({@link DoccanoReader}).
 */
public final class DoccanoFormat extends JsonLinesFormat {
    public DoccanoFormat() {
        super("doccano", "doccano sequence labeling JSONL ({\"text\", \"label\": [[start, end, label]]}); importable with a label map");
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

    @Override
    public Optional<DatasetReader> reader() {
        return Optional.of(new DoccanoReader());
    }
}
