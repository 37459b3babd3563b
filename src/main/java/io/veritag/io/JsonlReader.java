package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.AnnotatorName;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.Limits;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.TextOffsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads Veritag JSONL back; every line is checked before any of it is handed on. */
final class JsonlReader implements DatasetReader {

    @Override
    public List<Path> units(Path path) throws IOException {
        return FolderFiles.fileOrFolder(path, ".jsonl");
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
            Map<String, LabeledSpan> byId = new HashMap<>();
            for (int i = 0; i < spans.size(); i++) {
                LabeledSpan span = span(article, spans.get(i), i + 1);
                JsonNode spanId = spans.get(i).get("id");
                if (spanId != null && !spanId.isNull()) {
                    if (!spanId.isTextual() || spanId.textValue().isBlank()) {
                        throw fail("span " + (i + 1) + ": \"id\" must be a non-blank string or null");
                    }
                    if (byId.putIfAbsent(spanId.textValue(), span) != null) {
                        throw fail("span " + (i + 1) + ": id " + SpanChecks.quote(spanId.textValue())
                                + " is used by an earlier span of this line");
                    }
                }
                parsed.add(span);
            }
            List<LabeledLink> links = links(root.get("links"), byId);
            parsed.sort(SpanOrder.COMPARATOR);
            return new AnnotatedDocument(article, annotator, status, parsed, links);
        }

        /** The optional {@code "links"} array: each names two span ids of this line and a type their labels allow. */
        private List<LabeledLink> links(JsonNode links, Map<String, LabeledSpan> byId) {
            if (links == null || links.isNull()) {
                return List.of();
            }
            if (!links.isArray()) {
                throw fail("malformed line: \"links\" must be an array");
            }
            List<LabeledLink> parsed = new ArrayList<>(links.size());
            Map<LabeledLink, Integer> seen = new HashMap<>();
            for (int i = 0; i < links.size(); i++) {
                String prefix = "link " + (i + 1) + ": ";
                JsonNode node = links.get(i);
                if (!node.isObject()) {
                    throw fail(prefix + "expected an object");
                }
                String typeName = stringIn(node, "type", prefix);
                LinkType type = LinkType.parse(typeName).orElseThrow(() -> fail(prefix + "unknown link type "
                        + SpanChecks.quote(typeName) + " (known: " + LinkChecks.typeNames() + ")"));
                LabeledSpan from = end(node, "from", byId, prefix);
                LabeledSpan to = end(node, "to", byId, prefix);
                String problem = LinkChecks.labelsProblem(type, from, to);
                if (problem != null) {
                    throw fail(prefix + problem);
                }
                LabeledLink link = new LabeledLink(type, from.key(), to.key());
                Integer earlier = seen.putIfAbsent(link, i + 1);
                if (earlier != null) {
                    throw fail(prefix + "repeats link " + earlier);
                }
                parsed.add(link);
            }
            return parsed;
        }

        private LabeledSpan end(JsonNode link, String field, Map<String, LabeledSpan> byId, String prefix) {
            String id = stringIn(link, field, prefix);
            LabeledSpan span = byId.get(id);
            if (span == null) {
                throw fail(prefix + "\"" + field + "\" names span id " + SpanChecks.quote(id) + ", which no span of this line has");
            }
            return span;
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
            SourceType sourceType = sourceType(node, label, prefix);
            JsonNode unsure = node.get("unsure");
            if (unsure != null && !unsure.isNull() && !unsure.isBoolean()) {
                throw fail(prefix + "\"unsure\" must be true, false or null");
            }
            return new LabeledSpan(from, to, label, note == null || note.isNull() ? null : note.textValue(), sourceType,
                    unsure != null && unsure.booleanValue(), index);
        }

        /** A SOURCE span's type (required); no other span may have one. */
        private SourceType sourceType(JsonNode node, String label, String prefix) {
            JsonNode value = node.get("source_type");
            boolean absent = value == null || value.isNull();
            if (!Label.SOURCE.equals(label)) {
                if (!absent) {
                    throw fail(prefix + "only a " + Label.SOURCE + " span has a \"source_type\" (this one is " + label + ")");
                }
                return null;
            }
            if (absent || !value.isTextual()) {
                throw fail(prefix + "a " + Label.SOURCE + " span needs a \"source_type\" string (one of "
                        + LinkChecks.sourceTypeNames() + ")");
            }
            return SourceType.parse(value.textValue()).orElseThrow(() -> fail(prefix + "unknown source type "
                    + SpanChecks.quote(value.textValue()) + " (known: " + LinkChecks.sourceTypeNames() + ")"));
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
