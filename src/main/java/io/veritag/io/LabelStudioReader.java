package io.veritag.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.ArticleStatus;
import java.io.CharConversionException;
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
 * Reads Label Studio's JSON export: an array of tasks {@code {"id", "data": {"text"}, "annotations": [{"completed_by",
 * "was_cancelled", "result": [{"type": "labels", "value": {"start", "end", "text", "labels": [...]}}]}]}} (older
 * exports say {@code completions}). Each annotation becomes one annotator's document; results of other types
 * (choices, relations, text areas) and the results of cancelled (skipped) annotations are counted as ignored.
 *
 * <p>Offsets: Label Studio 1.x writes code points, older versions wrote the browser's UTF-16 indices. Every result
 * carries the text it covers, so offsets are read as code points and, when they do not cover that text, as UTF-16
 * code units; a result whose text neither reading finds refuses the file. The article's id is {@code data.id}, else
 * {@code labelstudio-<task id>}; the annotator is {@code --annotator}, else {@code completed_by} (a name, an e-mail
 * in a user object, or {@code user N} for a user number).
 */
final class LabelStudioReader implements DatasetReader {

    @Override
    public List<Path> units(Path path) throws IOException {
        return FolderFiles.fileOrFolder(path, ".json");
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
        List<Task> tasks = tasks(unit);
        Set<String> names = new LinkedHashSet<>();
        for (Task task : tasks) {
            for (Result result : task.results) {
                names.addAll(result.names());
            }
        }
        for (Task task : tasks) {
            for (Result result : task.results) {
                if (!result.names().stream().allMatch(name -> options.knows(name, labels))) {
                    throw new DatasetFormatException(unit, task.line, options.unknown(names, labels));
                }
            }
        }
        for (Task task : tasks) {
            task.documents(labels, options).forEach(sink);
        }
    }

    /** Every task of the file, parsed and checked, with the line it starts on. */
    private static List<Task> tasks(Path unit) throws IOException {
        List<Task> tasks = new ArrayList<>();
        int line = 0;
        try (InputStream in = Files.newInputStream(unit); JsonParser parser = Json.MAPPER.createParser(in)) {
            line = 1;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new DatasetFormatException(unit, line, "expected a JSON array of tasks (Label Studio's JSON export)");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                line = parser.currentLocation().getLineNr();
                JsonNode node = Json.MAPPER.readTree(parser);
                Task task = new Task(unit, line, tasks.size() + 1);
                try {
                    task.parse(node);
                } catch (IllegalArgumentException e) {
                    throw new DatasetFormatException(unit, line, task.name() + ": " + e.getMessage());
                }
                tasks.add(task);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new DatasetFormatException(unit, parser.currentLocation().getLineNr(), "expected a task (a JSON object)");
            }
            if (parser.nextToken() != null) {
                throw new DatasetFormatException(unit, parser.currentLocation().getLineNr(), "more after the array of tasks");
            }
        } catch (CharConversionException e) {
            throw new DatasetFormatException(unit, line, "not UTF-8 text (" + e.getMessage() + ")");
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new DatasetFormatException(unit, at, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return tasks;
    }

    /** One labels result: its offsets, covered text and label names. */
    private record Result(String annotator, int start, int end, String text, List<String> names, String where) {
    }

    private static final class Task {
        private final Path file;
        private final int line;
        private final int number;
        private String taskId;
        private ForeignText text;
        private String id;
        private final List<Result> results = new ArrayList<>();
        private final List<String> annotators = new ArrayList<>();
        private final List<Integer> ignoredBy = new ArrayList<>();
        private final Set<Integer> cancelled = new java.util.HashSet<>();

        Task(Path file, int line, int number) {
            this.file = file;
            this.line = line;
            this.number = number;
        }

        String name() {
            return "task " + number + (taskId == null ? "" : " (id " + taskId + ")");
        }

        void parse(JsonNode task) {
            JsonNode idNode = task.get("id");
            taskId = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) ? idNode.asText() : null;
            JsonNode textNode = task.path("data").get("text");
            if (textNode == null || !textNode.isTextual()) {
                throw new IllegalArgumentException("\"data.text\" must be a string (a text labeling project's export)");
            }
            text = new ForeignText(textNode.textValue());
            JsonNode dataId = task.path("data").get("id");
            id = dataId != null && !dataId.isNull() ? ForeignIds.id(dataId, "data.id", text.normalised())
                    : taskId != null ? ForeignIds.id(new com.fasterxml.jackson.databind.node.TextNode(
                            "labelstudio-" + taskId), "id", text.normalised())
                    : ForeignIds.id(null, "id", text.normalised());
            JsonNode annotations = task.has("annotations") ? task.get("annotations") : task.get("completions");
            if (annotations == null || annotations.isNull()) {
                return;
            }
            if (!annotations.isArray()) {
                throw new IllegalArgumentException("\"annotations\" must be an array");
            }
            for (int a = 0; a < annotations.size(); a++) {
                JsonNode annotation = annotations.get(a);
                String where = "annotation " + (a + 1);
                if (!annotation.isObject()) {
                    throw new IllegalArgumentException(where + ": expected an object");
                }
                int ignored = 0;
                String annotator;
                try {
                    annotator = ForeignIds.name(annotation.get("completed_by"), "completed_by");
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage());
                }
                annotators.add(annotator);
                if (annotation.path("was_cancelled").asBoolean(false)) {
                    cancelled.add(a);
                    ignoredBy.add(annotation.path("result").size());
                    continue;
                }
                JsonNode result = annotation.get("result");
                if (result == null || !result.isArray()) {
                    throw new IllegalArgumentException(where + ": \"result\" must be an array");
                }
                for (int r = 0; r < result.size(); r++) {
                    JsonNode item = result.get(r);
                    String itemWhere = where + ", result " + (r + 1);
                    if (!"labels".equals(item.path("type").asText())) {
                        ignored++;
                        continue;
                    }
                    JsonNode value = item.path("value");
                    if (!value.path("start").isInt() || !value.path("end").isInt() || !value.path("labels").isArray()) {
                        throw new IllegalArgumentException(itemWhere + ": expected value.start, value.end (whole "
                                + "numbers) and value.labels (an array of names)");
                    }
                    List<String> names = new ArrayList<>();
                    for (JsonNode name : value.get("labels")) {
                        if (!name.isTextual() || name.textValue().isBlank()) {
                            throw new IllegalArgumentException(itemWhere + ": value.labels must hold names");
                        }
                        names.add(name.textValue());
                    }
                    JsonNode covered = value.get("text");
                    if (covered != null && !covered.isNull() && !covered.isTextual()) {
                        throw new IllegalArgumentException(itemWhere + ": value.text must be a string");
                    }
                    results.add(new Result(annotator + "\u0000" + a, value.get("start").intValue(),
                            value.get("end").intValue(), covered == null || covered.isNull() ? null : covered.textValue(),
                            names, itemWhere));
                }
                ignoredBy.add(ignored);
            }
        }

        /**
         * One document per annotation that was not cancelled, in file order; a cancelled one's results are counted
         * as ignored with the task's first document.
         */
        List<ImportedDocument> documents(Set<String> labels, ImportOptions options) {
            List<ImportedDocument> documents = new ArrayList<>();
            String normalised = text.normalised();
            ArticleData article = ArticleData.of(id, Titles.fromText(normalised), null, null, null, normalised);
            int cancelledResults = cancelled.stream().mapToInt(ignoredBy::get).sum();
            for (int a = 0; a < annotators.size(); a++) {
                if (cancelled.contains(a)) {
                    continue;
                }
                String key = annotators.get(a) + "\u0000" + a;
                String who = options.annotator() != null ? options.annotator() : annotators.get(a);
                if (who == null) {
                    throw fail("annotation " + (a + 1) + " has no completed_by: name the annotator with --annotator");
                }
                int ignored = ignoredBy.get(a) + (documents.isEmpty() ? cancelledResults : 0);
                List<LabeledSpan> spans = new ArrayList<>();
                for (Result result : results) {
                    if (!result.annotator().equals(key)) {
                        continue;
                    }
                    int[] offsets = offsets(result);
                    for (String name : result.names()) {
                        ImportOptions.Target target = options.resolve(name, labels);
                        if (target == null) {
                            ignored++;
                        } else {
                            spans.add(new LabeledSpan(offsets[0], offsets[1], target.label(), null, target.sourceType(),
                                    false, 0));
                        }
                    }
                }
                spans.sort(SpanOrder.COMPARATOR);
                documents.add(new ImportedDocument(new AnnotatedDocument(article, who, ArticleStatus.DONE, spans), file,
                        line, ignored));
            }
            return documents;
        }

        /** Code points first, then UTF-16 (older Label Studio), each checked against the text the result covers. */
        private int[] offsets(Result result) {
            int[] offsets;
            try {
                offsets = text.span(result.start(), result.end(), true, result.text());
                if (offsets == null && result.text() != null) {
                    offsets = text.span(result.start(), result.end(), false, result.text());
                }
            } catch (IllegalArgumentException e) {
                offsets = result.text() == null ? null : text.span(result.start(), result.end(), false, result.text());
                if (offsets == null) {
                    throw fail(result.where() + ": " + e.getMessage());
                }
            }
            if (offsets == null) {
                throw fail(result.where() + ": value.text " + SpanChecks.quote(result.text()) + " is not the text at ["
                        + result.start() + ", " + result.end() + ") in code points (" + SpanChecks.quote(
                        text.covered(result.start(), result.end())) + ") nor in UTF-16 code units");
            }
            return offsets;
        }

        private DatasetFormatException fail(String problem) {
            return new DatasetFormatException(file, line, name() + ": " + problem);
        }
    }
}
