package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** doccano's sequence-labeling import: {@code {"id","text","label":[[start,end,"CLAIM"],…],"annotator"}} per line. */
public final class DoccanoFormat implements DatasetFormat {
    @Override
    public String name() {
        return "doccano";
    }

    @Override
    public String description() {
        return "doccano sequence labeling JSONL ({\"text\", \"label\": [[start, end, label]]})";
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException {
        return new JsonLinesWriter(SingleFile.create(folder, part, "jsonl")) {
            @Override
            void writeObject(JsonGenerator json, AnnotatedDocument document) throws IOException {
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
        };
    }
}
