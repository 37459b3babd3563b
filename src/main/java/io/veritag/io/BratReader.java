package io.veritag.io;

import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.TextOffsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads brat standoff: every {@code .ann} under the path with its {@code .txt} beside it; the folder name is the
 * annotator, the file name the article's external id. brat has no status: imported documents are done.
 * Relations ({@code R1	Denies Arg1:T3 Arg2:T1}) become links, the attributes {@code Unsure} and
 * {@code SourceType} flags and source types; events, other relation types and attributes, and other lines are
 * counted as ignored.
 */
final class BratReader implements DatasetReader {
    private static final Pattern ID = Pattern.compile("[A-Za-z#*]\\S*");
    private static final Pattern TEXT_BOUND = Pattern.compile("T\\S*");
    private static final Pattern FRAGMENT = Pattern.compile("(\\d+) (\\d+)");
    private static final Pattern NOTE = Pattern.compile("AnnotatorNotes (T\\S*)");

    @Override
    public List<Path> units(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".ann")) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new DatasetFormatException(path, 0, "no such folder (brat: a folder of .txt and .ann files)");
        }
        return FolderFiles.endingWith(path, ".ann");
    }

    @Override
    public void read(Path unit, Set<String> labels, Consumer<ImportedDocument> sink) throws IOException {
        String annName = unit.getFileName().toString();
        String stem = annName.substring(0, annName.length() - ".ann".length());
        Path txt = unit.resolveSibling(stem + ".txt");
        if (!Files.isRegularFile(txt)) {
            throw new DatasetFormatException(unit, 0, "no " + txt.getFileName() + " beside it");
        }
        String text;
        try (InputStream in = Files.newInputStream(txt)) {
            text = new StrictUtf8(in, txt.toString(), ArticleReader.MAX_ARTICLE_CHARS).readAll();
        }
        if (text.isEmpty()) {
            throw new DatasetFormatException(txt, 0, "empty text");
        }
        if (!NormalForm.isNormalised(text)) {
            throw new DatasetFormatException(txt, 0,
                    "text is not normalised (it contains a CR or a BOM), so its offsets cannot be trusted");
        }
        Path folder = unit.toAbsolutePath().getParent();
        String annotator = name(unit, folder.getFileName().toString()).strip();
        String nameProblem = io.veritag.model.AnnotatorName.problem(annotator);
        if (nameProblem != null) {
            throw new DatasetFormatException(unit, 0, "folder '" + folder.getFileName() + "': " + nameProblem);
        }
        String id = name(unit, stem);
        ArticleData article = ArticleData.of(id, Titles.fromText(text), null, null, null, text);
        AnnParser parser = new AnnParser(unit, article, labels);
        try (InputStream in = Files.newInputStream(unit)) {
            StrictUtf8 lines = new StrictUtf8(in, unit.toString(), ArticleReader.MAX_ARTICLE_CHARS);
            String line;
            while ((line = lines.readLine()) != null) {
                if (lines.lineNumber() == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a BOM some editors add; offsets count from the .txt, not here
                }
                parser.line(lines.lineNumber(), line);
            }
        }
        List<LabeledSpan> spans = parser.spans();
        sink.accept(new ImportedDocument(new AnnotatedDocument(article, annotator, ArticleStatus.DONE, spans,
                parser.links()), unit, 0, parser.ignored));
    }

    /**
     * The id or name a file or folder name stands for: decoded, or (when an export shortened it) looked up in the
     * {@code manifest.json} of the export, one or two folders up (beside the annotator folders, or above a part).
     */
    private String name(Path unit, String fileName) {
        if (BratNames.isShortened(fileName)) {
            String original = shortenedNames(unit).get(fileName);
            if (original == null) {
                throw new DatasetFormatException(unit, 0, "'" + fileName + "' is a name shortened by a Veritag export, and "
                        + "no manifest.json above it says what it stands for");
            }
            return original;
        }
        try {
            return BratNames.decode(fileName);
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(unit, 0, e.getMessage());
        }
    }

    private final Map<Path, Map<String, String>> manifests = new HashMap<>();

    private Map<String, String> shortenedNames(Path unit) {
        Path folder = unit.toAbsolutePath().getParent();
        for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
            Path manifest = folder.resolve(Manifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                return manifests.computeIfAbsent(manifest, m -> readFileNames(unit, m));
            }
        }
        return Map.of();
    }

    private static Map<String, String> readFileNames(Path unit, Path manifest) {
        try {
            com.fasterxml.jackson.databind.JsonNode names = Json.MAPPER.readTree(manifest.toFile()).path(Manifest.FILE_NAMES);
            Map<String, String> map = new HashMap<>();
            names.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        } catch (IOException e) {
            throw new DatasetFormatException(manifest, 0, "cannot read the manifest: " + e.getMessage());
        }
    }

    /** Collects the text-bound annotations and their notes from one .ann file, checking each line. */
    private static final class AnnParser {
        private final Path file;
        private final ArticleData article;
        private final Set<String> labels;
        private final Map<String, LabeledSpan> spans = new LinkedHashMap<>();
        private final Map<String, String> notes = new HashMap<>();
        private final Map<String, Integer> noteLines = new HashMap<>();
        private final Map<String, Integer> spanLines = new HashMap<>();
        private final List<Relation> relations = new ArrayList<>();
        private final Map<String, Attribute> sourceTypes = new HashMap<>();
        private final Map<String, Attribute> unsure = new HashMap<>();
        private final Map<String, Integer> relationIds = new HashMap<>();
        private final Map<String, Integer> attributeIds = new HashMap<>();
        int ignored;

        /** An R line: its type and its two T ids, with where it stood. */
        private record Relation(int line, String id, LinkType type, String from, String to) {
        }

        /** An A line this reader understands: the T id it is on, its value (null for a flag), where it stood. */
        private record Attribute(int line, String target, String value) {
        }

        AnnParser(Path file, ArticleData article, Set<String> labels) {
            this.file = file;
            this.article = article;
            this.labels = labels;
        }

        void line(int number, String line) {
            if (line.isBlank()) {
                return;
            }
            String[] columns = line.split("\t", 3);
            String id = columns[0];
            if (columns.length < 2 || !ID.matcher(id).matches()) {
                throw fail(number, "malformed line: expected a brat annotation id (T1, #1, R1, ...) and a tab");
            }
            if (TEXT_BOUND.matcher(id).matches()) {
                if (columns.length != 3) {
                    throw fail(number, "malformed T line: expected id, label and offsets, text (tab-separated)");
                }
                if (spans.containsKey(id)) {
                    throw fail(number, "duplicate annotation id " + id);
                }
                spans.put(id, textBound(number, columns[1], columns[2]).withKey(spans.size() + 1));
                spanLines.put(id, number);
            } else if (id.startsWith("R")) {
                if (relationIds.putIfAbsent(id, number) != null) {
                    throw fail(number, "duplicate annotation id " + id);
                }
                Relation relation = relation(number, id, columns[1]);
                if (relation == null) {
                    ignored++;
                } else {
                    relations.add(relation);
                }
            } else if (id.startsWith("A") || id.startsWith("M")) {
                if (attributeIds.putIfAbsent(id, number) != null) {
                    throw fail(number, "duplicate annotation id " + id);
                }
                attribute(number, columns[1]);
            } else if (id.startsWith("#")) {
                Matcher note = columns.length >= 2 ? NOTE.matcher(columns[1]) : null;
                if (note == null || !note.matches()) {
                    ignored++;
                    return;
                }
                String text = columns.length == 3 ? columns[2] : "";
                String tooLong = io.veritag.model.Limits.tooLong("note", text, io.veritag.model.Limits.NOTE);
                if (tooLong != null) {
                    throw fail(number, tooLong);
                }
                notes.put(note.group(1), text);
                noteLines.put(note.group(1), number);
            } else {
                ignored++;
            }
        }

        /** {@code Denies Arg1:T3 Arg2:T1} (arguments in either order); null for a type Veritag does not have. */
        private Relation relation(int number, String id, String column) {
            String[] parts = column.strip().split(" +");
            if (parts.length != 3) {
                throw fail(number, "malformed R line: expected '<type> Arg1:<T id> Arg2:<T id>'");
            }
            LinkType type = relationType(parts[0]);
            if (type == null) {
                return null; // another project's relation type: counted as ignored, like events
            }
            String from = null;
            String to = null;
            for (int i = 1; i < 3; i++) {
                if (parts[i].startsWith("Arg1:") && from == null) {
                    from = parts[i].substring(5);
                } else if (parts[i].startsWith("Arg2:") && to == null) {
                    to = parts[i].substring(5);
                } else {
                    throw fail(number, "malformed R line: expected the arguments Arg1:<T id> and Arg2:<T id>");
                }
            }
            return new Relation(number, id, type, from, to);
        }

        private static LinkType relationType(String name) {
            for (LinkType type : LinkType.values()) {
                if (type.bratName().equalsIgnoreCase(name)) {
                    return type;
                }
            }
            return LinkType.parse(name).orElse(null);
        }

        /** {@code Unsure T4} or {@code SourceType T3 OFFICIAL}; other attributes are ignored. */
        private void attribute(int number, String column) {
            String[] parts = column.strip().split(" +");
            String name = parts[0];
            if (name.equals(BratConf.UNSURE)) {
                if (parts.length != 2) {
                    throw fail(number, "malformed A line: expected '" + BratConf.UNSURE + " <T id>' (a flag has no value)");
                }
                if (unsure.putIfAbsent(parts[1], new Attribute(number, parts[1], null)) != null) {
                    throw fail(number, parts[1] + " is marked " + BratConf.UNSURE + " twice");
                }
            } else if (name.equals(BratConf.SOURCE_TYPE)) {
                if (parts.length != 3) {
                    throw fail(number, "malformed A line: expected '" + BratConf.SOURCE_TYPE + " <T id> <type>'");
                }
                if (SourceType.parse(parts[2]).isEmpty()) {
                    throw fail(number, "unknown source type " + SpanChecks.quote(parts[2]) + " (known: "
                            + LinkChecks.sourceTypeNames() + ")");
                }
                if (sourceTypes.putIfAbsent(parts[1], new Attribute(number, parts[1], parts[2])) != null) {
                    throw fail(number, parts[1] + " has a " + BratConf.SOURCE_TYPE + " twice");
                }
            } else {
                ignored++;
            }
        }

        private LabeledSpan textBound(int number, String labelAndOffsets, String covered) {
            int space = labelAndOffsets.indexOf(' ');
            if (space <= 0) {
                throw fail(number, "malformed T line: expected '<label> <start> <end>'");
            }
            String label = labelAndOffsets.substring(0, space);
            String problem = SpanChecks.labelProblem(labels, label);
            if (problem != null) {
                throw fail(number, problem);
            }
            TextOffsets offsets = article.offsets();
            String text = article.text();
            String[] fragments = labelAndOffsets.substring(space + 1).split(";", -1);
            StringBuilder expected = new StringBuilder();
            int first = -1;
            int previousEnd = -1;
            for (int i = 0; i < fragments.length; i++) {
                Matcher m = FRAGMENT.matcher(fragments[i]);
                if (!m.matches()) {
                    throw fail(number, "malformed offsets '" + fragments[i] + "': expected '<start> <end>'");
                }
                int start;
                int end;
                try {
                    start = Integer.parseInt(m.group(1));
                    end = Integer.parseInt(m.group(2));
                } catch (NumberFormatException e) {
                    throw fail(number, "offset out of range in '" + fragments[i] + "'");
                }
                problem = SpanChecks.offsetsProblem(offsets, start, end);
                if (problem != null) {
                    throw fail(number, problem);
                }
                int from = offsets.toUtf16(start);
                int to = offsets.toUtf16(end);
                if (previousEnd >= 0) {
                    if (from < previousEnd) {
                        throw fail(number, "fragments overlap or are out of order");
                    }
                    if (!isGap(text, previousEnd, from)) {
                        throw fail(number, "discontinuous span: fragments may be separated only by line breaks or spaces");
                    }
                    expected.append(' ');
                } else {
                    first = from;
                }
                expected.append(text, from, to);
                previousEnd = to;
            }
            problem = SpanChecks.textProblem(expected.toString(), covered, offsets.toCodePoint(first),
                    offsets.toCodePoint(previousEnd));
            if (problem != null) {
                throw fail(number, problem);
            }
            return new LabeledSpan(first, previousEnd, label, null);
        }

        /** Fragments may be separated by spaces and line breaks only (NEL is a line break here, not whitespace to Java). */
        private static boolean isGap(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !BratFragments.isLineBreak(c)) {
                    return false;
                }
            }
            return true;
        }

        /** The spans with their notes, flags and source types, once every line is read. */
        List<LabeledSpan> spans() {
            for (String target : notes.keySet()) {
                if (!spans.containsKey(target)) {
                    throw fail(noteLines.get(target), "AnnotatorNotes refers to unknown annotation " + target);
                }
            }
            for (Attribute attribute : unsure.values()) {
                target(attribute, BratConf.UNSURE);
            }
            for (Attribute attribute : sourceTypes.values()) {
                LabeledSpan span = target(attribute, BratConf.SOURCE_TYPE);
                if (!Label.SOURCE.equals(span.label())) {
                    throw fail(attribute.line(), "only a " + Label.SOURCE + " span has a " + BratConf.SOURCE_TYPE + " ("
                            + attribute.target() + " is " + span.label() + ")");
                }
            }
            List<LabeledSpan> result = new ArrayList<>(spans.size());
            spans.forEach((id, span) -> {
                String note = notes.get(id);
                LabeledSpan withNote = note == null || note.isEmpty() ? span : span.withNote(note);
                SourceType sourceType = null;
                if (Label.SOURCE.equals(span.label())) {
                    Attribute type = sourceTypes.get(id);
                    if (type == null) {
                        throw fail(spanLines.get(id), "source span " + id + " has no " + BratConf.SOURCE_TYPE
                                + " attribute (one of " + LinkChecks.sourceTypeNames() + ")");
                    }
                    sourceType = SourceType.parse(type.value()).orElseThrow();
                }
                result.add(withNote.withFlags(sourceType, unsure.containsKey(id)));
            });
            result.sort(SpanOrder.COMPARATOR);
            return result;
        }

        private LabeledSpan target(Attribute attribute, String name) {
            LabeledSpan span = spans.get(attribute.target());
            if (span == null) {
                throw fail(attribute.line(), name + " is on " + SpanChecks.quote(attribute.target())
                        + ", which is not a text annotation (T) of this file");
            }
            return span;
        }

        /** The relations as links, each checked against the labels of its two ends. */
        List<LabeledLink> links() {
            List<LabeledLink> links = new ArrayList<>(relations.size());
            Map<LabeledLink, String> seen = new HashMap<>();
            for (Relation relation : relations) {
                LabeledSpan from = end(relation, relation.from(), "Arg1");
                LabeledSpan to = end(relation, relation.to(), "Arg2");
                String problem = LinkChecks.labelsProblem(relation.type(), from, to);
                if (problem != null) {
                    throw fail(relation.line(), relation.id() + ": " + problem);
                }
                LabeledLink link = new LabeledLink(relation.type(), from.key(), to.key());
                String earlier = seen.putIfAbsent(link, relation.id());
                if (earlier != null) {
                    throw fail(relation.line(), relation.id() + " repeats " + earlier);
                }
                links.add(link);
            }
            return links;
        }

        private LabeledSpan end(Relation relation, String id, String role) {
            LabeledSpan span = spans.get(id);
            if (span == null) {
                throw fail(relation.line(), relation.id() + ": " + role + " " + SpanChecks.quote(id)
                        + " is not a text annotation (T) of this file");
            }
            return span;
        }

        private DatasetFormatException fail(int line, String problem) {
            return new DatasetFormatException(file, line, problem);
        }
    }
}
