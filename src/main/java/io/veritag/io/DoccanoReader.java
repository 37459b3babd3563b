package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads doccano's sequence labeling JSONL: one document per line, {@code "text"}, spans as {@code "label":
 * [[start, end, "NAME"], …]} (doccano's export, and Veritag's) or {@code "entities": [{"start_offset",
 * "end_offset", "label"}]} (doccano 1.x), offsets in code points as Python counts them. The article's id is the
 * line's {@code "id"}, else one made from the text's hash; the annotator is {@code --annotator}, else the line's
 * {@code "annotator"} or {@code "user"}. The whole file is read before anything is handed on, so that unknown label
 * names are all listed at once.
 */
final class DoccanoReader implements DatasetReader {

    @Override
    public List<Path> units(Path path) throws IOException {
        return FolderFiles.fileOrFolder(path, ".jsonl");
    }

    @Override
    public boolean takesOptions() {
        return true;
    }

    @Override
    public void read(Path unit, Set<String> labels, Consumer<ImportedDocument> sink) throws IOException {
        read(unit, labels, ImportOptions.NONE, sink);
    }

    @Override
    public void read(Path unit, Set<String> labels, ImportOptions options, Consumer<ImportedDocument> sink)
            throws IOException {
        List<Line> lines = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(unit)) {
            StrictUtf8 reader = new StrictUtf8(in, unit.toString(), Limits.JSONL_LINE_CHARS);
            String text;
            while ((text = reader.readLine()) != null) {
                int number = reader.lineNumber();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                Line line = new Line(unit, number);
                try {
                    line.parse(Json.strictObject(text));
                } catch (IllegalArgumentException e) {
                    throw new DatasetFormatException(unit, number, e.getMessage());
                }
                line.spans.forEach(span -> names.add(span.name()));
                lines.add(line);
            }
        }
        if (!names.stream().allMatch(name -> options.knows(name, labels))) {
            int first = lines.stream().filter(l -> l.spans.stream().anyMatch(s -> !options.knows(s.name(), labels)))
                    .findFirst().orElseThrow().line;
            throw new DatasetFormatException(unit, first, options.unknown(names, labels));
        }
        for (Line line : lines) {
            sink.accept(line.document(labels, options));
        }
    }

    /** A span as the file gives it. */
    private record RawSpan(int start, int end, String name, String where) {
    }

    /** One line, parsed and checked; turned into a document once the label names are known to be fine. */
    private static final class Line {
        private final Path file;
        private final int line;
        private final List<RawSpan> spans = new ArrayList<>();
        private ForeignText text;
        private String id;
        private String annotator;
        private int ignored;

        Line(Path file, int line) {
            this.file = file;
            this.line = line;
        }

        void parse(JsonNode root) {
            JsonNode textNode = root.get("text");
            if (textNode == null || !textNode.isTextual()) {
                throw new IllegalArgumentException("\"text\" must be a string");
            }
            text = new ForeignText(textNode.textValue());
            id = ForeignIds.id(root.get("id"), "id", text.normalised());
            annotator = ForeignIds.name(root.get("annotator"), "annotator");
            if (annotator == null) {
                annotator = ForeignIds.name(root.get("user"), "user");
            }
            JsonNode label = root.get("label");
            if (label != null && !label.isNull()) {
                if (!label.isArray()) {
                    throw new IllegalArgumentException("\"label\" must be an array of [start, end, \"NAME\"]");
                }
                for (int i = 0; i < label.size(); i++) {
                    JsonNode triple = label.get(i);
                    String where = "label " + (i + 1);
                    if (!triple.isArray() || triple.size() != 3 || !triple.get(0).isInt() || !triple.get(1).isInt()
                            || !triple.get(2).isTextual()) {
                        throw new IllegalArgumentException(where + ": expected [start, end, \"NAME\"] (a text "
                                + "classification export has no spans to import)");
                    }
                    spans.add(new RawSpan(triple.get(0).intValue(), triple.get(1).intValue(), triple.get(2).textValue(),
                            where));
                }
            }
            JsonNode entities = root.get("entities");
            if (entities != null && !entities.isNull()) {
                if (!entities.isArray()) {
                    throw new IllegalArgumentException("\"entities\" must be an array of objects");
                }
                for (int i = 0; i < entities.size(); i++) {
                    JsonNode entity = entities.get(i);
                    String where = "entity " + (i + 1);
                    if (!entity.isObject() || !entity.path("start_offset").isInt() || !entity.path("end_offset").isInt()
                            || !entity.path("label").isTextual()) {
                        throw new IllegalArgumentException(where + ": expected {\"start_offset\": n, \"end_offset\": n, "
                                + "\"label\": \"NAME\"}");
                    }
                    spans.add(new RawSpan(entity.get("start_offset").intValue(), entity.get("end_offset").intValue(),
                            entity.get("label").textValue(), where));
                }
            }
        }

        ImportedDocument document(Set<String> labels, ImportOptions options) {
            String who = options.annotator() != null ? options.annotator() : annotator;
            if (who == null) {
                throw fail("no \"annotator\" or \"user\" on the line: name the annotator with --annotator");
            }
            List<LabeledSpan> converted = new ArrayList<>();
            for (RawSpan span : spans) {
                ImportOptions.Target target = options.resolve(span.name(), labels);
                if (target == null) {
                    ignored++;
                    continue;
                }
                int[] offsets;
                try {
                    offsets = text.span(span.start(), span.end(), true, null);
                } catch (IllegalArgumentException e) {
                    throw fail(span.where() + ": " + e.getMessage());
                }
                converted.add(new LabeledSpan(offsets[0], offsets[1], target.label(), null, target.sourceType(), false,
                        0));
            }
            converted.sort(SpanOrder.COMPARATOR);
            String normalised = text.normalised();
            ArticleData article = ArticleData.of(id, Titles.fromText(normalised), null, null, null, normalised);
            return new ImportedDocument(new AnnotatedDocument(article, who, ArticleStatus.DONE, converted), file, line,
                    ignored);
        }

        private DatasetFormatException fail(String problem) {
            return new DatasetFormatException(file, line, problem);
        }
    }
}
