package io.veritag.io;

import io.veritag.model.ArticleStatus;
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
import java.util.stream.Stream;

/**
 * Reads brat standoff: every {@code .ann} under the path with its {@code .txt} beside it; the folder name is the
 * annotator, the file name the article's external id. brat has no status: imported documents are done.
 * Relations, events, attributes and other non-entity lines are counted as ignored.
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
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ann") && Files.isRegularFile(f))
                    .sorted().toList();
        }
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
        String annotator = BratNames.decode(folder.getFileName().toString());
        String id = BratNames.decode(stem);
        ArticleData article = ArticleData.of(id, Titles.fromText(text), null, null, null, text);
        AnnParser parser = new AnnParser(unit, article, labels);
        try (InputStream in = Files.newInputStream(unit)) {
            StrictUtf8 lines = new StrictUtf8(in, unit.toString(), ArticleReader.MAX_ARTICLE_CHARS);
            String line;
            while ((line = lines.readLine()) != null) {
                parser.line(lines.lineNumber(), line);
            }
        }
        sink.accept(new ImportedDocument(new AnnotatedDocument(article, annotator, ArticleStatus.DONE, parser.spans()),
                unit, 0, parser.ignored));
    }

    /** Collects the text-bound annotations and their notes from one .ann file, checking each line. */
    private static final class AnnParser {
        private final Path file;
        private final ArticleData article;
        private final Set<String> labels;
        private final Map<String, LabeledSpan> spans = new LinkedHashMap<>();
        private final Map<String, String> notes = new HashMap<>();
        private final Map<String, Integer> noteLines = new HashMap<>();
        int ignored;

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
                spans.put(id, textBound(number, columns[1], columns[2]));
            } else if (id.startsWith("#")) {
                Matcher note = columns.length >= 2 ? NOTE.matcher(columns[1]) : null;
                if (note == null || !note.matches()) {
                    ignored++;
                    return;
                }
                notes.put(note.group(1), columns.length == 3 ? columns[2] : "");
                noteLines.put(note.group(1), number);
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
                    if (!text.substring(previousEnd, from).isBlank()) {
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

        List<LabeledSpan> spans() {
            for (String target : notes.keySet()) {
                if (!spans.containsKey(target)) {
                    throw fail(noteLines.get(target), "AnnotatorNotes refers to unknown annotation " + target);
                }
            }
            List<LabeledSpan> result = new ArrayList<>(spans.size());
            spans.forEach((id, span) -> {
                String note = notes.get(id);
                result.add(note == null || note.isEmpty() ? span : new LabeledSpan(span.start(), span.end(), span.label(), note));
            });
            result.sort(SpanOrder.COMPARATOR);
            return result;
        }

        private DatasetFormatException fail(int line, String problem) {
            return new DatasetFormatException(file, line, problem);
        }
    }
}
