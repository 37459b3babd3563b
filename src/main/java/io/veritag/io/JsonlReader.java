package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.AnnotatorName;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Limits;
import io.veritag.model.TextOffsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads Veritag JSONL back; every line is checked before any of it is handed on. */
final class JsonlReader implements DatasetReader {

    @Override
    public List<Path> units(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new DatasetFormatException(path, 0, "no such file");
            }
            return List.of(path);
        }
        return FolderFiles.endingWith(path, ".jsonl");
    }

    @Override
    public void read(Path unit, Set<String> labels, Consumer<ImportedDocument> sink) throws IOException {
        try (InputStream in = Files.newInputStream(unit)) {
            StrictUtf8 lines = new StrictUtf8(in, unit.toString(), Limits.JSONL_LINE_CHARS);
            String line;
            while ((line = lines.readLine()) != null) {
                int number = lines.lineNumber();
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    sink.accept(new ImportedDocument(new LineParser(unit, number, labels).parse(line), unit, number, 0));
                }
            }
        }
    }

    /** Parses and checks one line; every problem becomes a {@link DatasetFormatException} for that line. */
    private record LineParser(Path file, int line, Set<String> labels) {
        AnnotatedDocument parse(String json) {
            JsonNode root;
            try {
                root = Json.strictObject(json);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
            String id = requiredText(root, "id");
            String text = requiredString(root, "text");
            if (text.isEmpty()) {
                throw fail("empty text");
            }
            if (text.length() > Limits.ARTICLE_TEXT_CHARS) {
                throw fail("text is longer than the limit of " + Limits.ARTICLE_TEXT_CHARS + " characters");
            }
            if (!NormalForm.isNormalised(text)) {
                throw fail("text is not normalised (it contains a CR or a BOM), so its offsets cannot be trusted");
            }
            String annotator = requiredText(root, "annotator").strip();
            String nameProblem = AnnotatorName.problem(annotator);
            if (nameProblem != null) {
                throw fail(nameProblem);
            }
            ArticleStatus status;
            try {
                status = ArticleStatus.parse(requiredString(root, "status"));
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
            String title = optionalString(root, "title");
            String tooLong = Limits.articleProblem(id, title, optionalString(root, "source"), optionalString(root, "url"),
                    optionalString(root, "published"));
            if (tooLong != null) {
                throw fail(tooLong);
            }
            ArticleData article = ArticleData.of(id, title == null || title.isBlank() ? Titles.fromText(text) : title,
                    optionalString(root, "source"), optionalString(root, "url"), optionalString(root, "published"), text);
            JsonNode spans = root.get("spans");
            if (spans == null || !spans.isArray()) {
                throw fail("malformed line: \"spans\" must be an array");
            }
            List<LabeledSpan> parsed = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                parsed.add(span(article, spans.get(i), i + 1));
            }
            parsed.sort(SpanOrder.COMPARATOR);
            return new AnnotatedDocument(article, annotator, status, parsed);
        }

        private LabeledSpan span(ArticleData article, JsonNode node, int index) {
            String prefix = "span " + index + ": ";
            if (!node.isObject()) {
                throw fail(prefix + "expected an object");
            }
            int start = requiredInt(node, "start", prefix);
            int end = requiredInt(node, "end", prefix);
            TextOffsets offsets = article.offsets();
            String problem = SpanChecks.offsetsProblem(offsets, start, end);
            if (problem != null) {
                throw fail(prefix + problem);
            }
            String label = stringIn(node, "label", prefix);
            problem = SpanChecks.labelProblem(labels, label);
            if (problem != null) {
                throw fail(prefix + problem);
            }
            int from = offsets.toUtf16(start);
            int to = offsets.toUtf16(end);
            problem = SpanChecks.textProblem(article.text().substring(from, to), stringIn(node, "text", prefix), start, end);
            if (problem != null) {
                throw fail(prefix + problem);
            }
            JsonNode note = node.get("note");
            if (note != null && !note.isNull() && !note.isTextual()) {
                throw fail(prefix + "\"note\" must be a string or null");
            }
            problem = note == null || note.isNull() ? null : Limits.tooLong("\"note\"", note.textValue(), Limits.NOTE);
            if (problem != null) {
                throw fail(prefix + problem);
            }
            return new LabeledSpan(from, to, label, note == null || note.isNull() ? null : note.textValue());
        }

        private String requiredText(JsonNode root, String field) {
            String value = requiredString(root, field);
            if (value.isBlank()) {
                throw fail("\"" + field + "\" must not be blank");
            }
            return value;
        }

        private String requiredString(JsonNode root, String field) {
            return stringIn(root, field, "");
        }

        private String stringIn(JsonNode node, String field, String prefix) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw fail(prefix + "malformed line: \"" + field + "\" must be a string");
            }
            return value.textValue();
        }

        private String optionalString(JsonNode root, String field) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw fail("malformed line: \"" + field + "\" must be a string or null");
            }
            return value.textValue();
        }

        private int requiredInt(JsonNode node, String field, String prefix) {
            JsonNode value = node.get(field);
            if (value == null || !value.isInt()) {
                throw fail(prefix + "malformed line: \"" + field + "\" must be an integer");
            }
            return value.intValue();
        }

        private DatasetFormatException fail(String problem) {
            return new DatasetFormatException(file, line, problem);
        }
    }
}
