package io.veritag.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The {@code manifest.json} of an export: what was exported, how much of it, by which program, and the
 * SHA-256 of every file so that a copy can be checked. Keys are written in a fixed order.
 *
 * @param split null when the export is not split, else e.g. {@code 80/10/10}
 * @param parts part name ({@code all} without split) → article external ids
 * @param documentOrder part name → every document (article and annotator) in the order the part's files hold
 *                      them (CoNLL's {@code -DOCSTART-} lines carry no id: this says whose each one is)
 * @param fileNames file or folder names shortened by the format → the id or name each stands for
 * @param warnings  what a reader of the files should know → count (e.g. CSV cells a spreadsheet would run)
 * @param cannotCarry what the format cannot hold at all ({@link AnnotationPart} keys), so that a reader of the files
 *                    knows that none of it is there (how many of each this export left out is in {@code leftOut})
 */
public record Manifest(String format, List<String> cannotCarry, String program, String schema, String created, String source,
                       List<String> layers, boolean allStatuses, List<String> labels, String split, Long seed,
                       int articles, int documents, int spans, Map<String, Integer> spansByLabel,
                       Map<String, Map<String, Integer>> spansByAnnotator, Map<String, Integer> leftOut,
                       Map<String, List<String>> parts, Map<String, List<DocumentEntry>> documentOrder,
                       Map<String, String> fileNames, Map<String, Integer> warnings, List<FileEntry> files) {
    public static final String FILE_NAME = "manifest.json";
    /** The manifest's key for {@link #fileNames}. */
    public static final String FILE_NAMES = "file_names";

    /** One document of a part: the article's external id and the annotator (or {@code gold}). */
    public record DocumentEntry(String article, String annotator) {
    }

    /** One exported file: its path relative to the export folder (with {@code /}), size and SHA-256 (hex). */
    public record FileEntry(String path, long bytes, String sha256) {
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("format", format);
            strings(json, "cannot_carry", cannotCarry);
            json.writeStringField("program_version", program);
            json.writeStringField("schema_version", schema);
            json.writeStringField("created", created);
            json.writeObjectFieldStart("selection");
            json.writeStringField("source", source);
            strings(json, "layers", layers);
            json.writeStringField("statuses", allStatuses ? "all" : "done");
            strings(json, "labels", labels);
            json.writeEndObject();
            if (split == null) {
                json.writeNullField("split");
            } else {
                json.writeObjectFieldStart("split");
                json.writeStringField("ratios", split);
                json.writeNumberField("seed", seed);
                json.writeEndObject();
            }
            json.writeObjectFieldStart("counts");
            json.writeNumberField("articles", articles);
            json.writeNumberField("documents", documents);
            json.writeNumberField("spans", spans);
            counts(json, "spans_by_label", spansByLabel);
            json.writeObjectFieldStart("spans_by_annotator");
            for (var entry : spansByAnnotator.entrySet()) {
                counts(json, entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            counts(json, "left_out_or_changed", leftOut);
            json.writeEndObject();
            counts(json, "warnings", warnings);
            json.writeObjectFieldStart("articles");
            for (var entry : parts.entrySet()) {
                strings(json, entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("documents");
            for (var entry : documentOrder.entrySet()) {
                json.writeArrayFieldStart(entry.getKey());
                for (DocumentEntry document : entry.getValue()) {
                    json.writeStartObject();
                    json.writeStringField("article", document.article());
                    json.writeStringField("annotator", document.annotator());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeObjectFieldStart(FILE_NAMES);
            for (var entry : fileNames.entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (FileEntry entry : files) {
                json.writeStartObject();
                json.writeStringField("path", entry.path());
                json.writeNumberField("bytes", entry.bytes());
                json.writeStringField("sha256", entry.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void counts(JsonGenerator json, String field, Map<String, Integer> counts) throws IOException {
        json.writeObjectFieldStart(field);
        for (var entry : counts.entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
