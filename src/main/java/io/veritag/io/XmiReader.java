package io.veritag.io;

import io.veritag.model.AnnotatorName;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.Limits;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.internal.util.XMLUtils;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.SAXParseException;

/**
 * Reads UIMA CAS XMI: every {@code .xmi} under the path, one document each. Veritag's own types give spans, links,
 * annotator and status; DKPro's {@code NamedEntity} (INCEpTION's named entity layer) gives spans labelled by their
 * {@code value}; other types are ignored (counted). The article's id is DKPro's {@code documentId}, else the file's
 * name; the annotator is {@code --annotator}, else the file's {@code ArticleLayer}. Offsets are UTF-16 code units
 * as XMI defines them; one that cuts a character in two refuses the file.
 */
final class XmiReader implements DatasetReader {

    @Override
    public List<Path> units(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".xmi")) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new DatasetFormatException(path, 0, "no such folder or .xmi file");
        }
        return FolderFiles.endingWith(path, ".xmi");
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
        CAS cas = XmiTypes.newCas(XmiTypes.read());
        try (InputStream in = Files.newInputStream(unit)) {
            parse(in, cas);
        } catch (SAXParseException e) {
            throw new DatasetFormatException(unit, Math.max(e.getLineNumber(), 0), "malformed XMI: " + firstLine(e));
        } catch (SAXException | RuntimeException e) {
            throw new DatasetFormatException(unit, 0, "malformed XMI: " + firstLine(e));
        }
        sink.accept(new Document(unit, cas, labels, options).read());
    }

    /**
     * UIMA's lenient deserialiser (types and features it does not know are skipped) on UIMA's parser, which refuses
     * external entities and DTDs; errors are thrown, never printed.
     */
    private static void parse(InputStream in, CAS cas) throws IOException, SAXException {
        XMLReader xml = XMLUtils.createXMLReader();
        xml.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true));
        xml.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not a problem with the file's content
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        xml.parse(new InputSource(in));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    /** One deserialised CAS turned into a document, every problem naming the file. */
    private static final class Document {
        private final Path file;
        private final CAS cas;
        private final Set<String> labels;
        private final ImportOptions options;
        private int ignored;

        Document(Path file, CAS cas, Set<String> labels, ImportOptions options) {
            this.file = file;
            this.cas = cas;
            this.labels = labels;
            this.options = options;
        }

        ImportedDocument read() {
            String text = cas.getDocumentText();
            if (text == null || text.isEmpty()) {
                throw fail("no document text (sofa)");
            }
            if (text.length() > Limits.ARTICLE_TEXT_CHARS) {
                throw fail("text is longer than the limit of " + Limits.ARTICLE_TEXT_CHARS + " characters");
            }
            String problem = TextChecks.problem(text);
            if (problem != null) {
                throw fail("text " + problem);
            }
            if (!NormalForm.isNormalised(text)) {
                throw fail("text is not normalised (it contains a CR or a BOM), so its offsets cannot be trusted");
            }
            FeatureStructure meta = first(XmiTypes.DOCUMENT_META_DATA);
            FeatureStructure layer = first(XmiTypes.LAYER);
            String id = firstNonBlank(string(meta, XmiTypes.DOCUMENT_ID), string(meta, XmiTypes.DOCUMENT_TITLE), stem());
            String title = string(meta, XmiTypes.DOCUMENT_TITLE);
            title = title == null || title.isBlank() ? Titles.fromText(text) : title;
            String source = string(layer, XmiTypes.SOURCE);
            String url = string(layer, XmiTypes.URL);
            String published = string(layer, XmiTypes.PUBLISHED);
            problem = Limits.articleProblem(id, title, source, url, published);
            if (problem != null) {
                throw fail(problem);
            }
            ArticleData article = ArticleData.of(id, title, source, url, published, text);
            Map<FeatureStructure, LabeledSpan> spans = spans(text);
            List<LabeledLink> links = links(spans);
            List<LabeledSpan> sorted = new ArrayList<>(spans.values());
            sorted.sort(SpanOrder.COMPARATOR);
            AnnotatedDocument document = new AnnotatedDocument(article, annotator(layer), status(layer), sorted, links);
            return new ImportedDocument(document, file, 0, ignored);
        }

        private String annotator(FeatureStructure layer) {
            if (options.annotator() != null) {
                return options.annotator();
            }
            String name = string(layer, XmiTypes.ANNOTATOR);
            if (name == null || name.isBlank()) {
                throw fail("the file does not say whose annotations these are (no " + XmiTypes.LAYER
                        + "): name the annotator with --annotator");
            }
            String problem = AnnotatorName.problem(name.strip());
            if (problem != null) {
                throw fail(problem);
            }
            return name.strip();
        }

        private ArticleStatus status(FeatureStructure layer) {
            String status = string(layer, XmiTypes.STATUS);
            if (status == null) {
                return ArticleStatus.DONE;
            }
            try {
                return ArticleStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
        }

        /** Veritag's spans and DKPro's named entities, keyed by their feature structure for the links. */
        private Map<FeatureStructure, LabeledSpan> spans(String text) {
            Map<FeatureStructure, String> names = new java.util.LinkedHashMap<>();
            collect(XmiTypes.SPAN, XmiTypes.LABEL, names);
            collect(XmiTypes.NAMED_ENTITY, XmiTypes.NAMED_ENTITY_VALUE, names);
            Set<String> found = new LinkedHashSet<>(names.values());
            if (!found.stream().allMatch(name -> options.knows(name, labels))) {
                throw fail(options.unknown(found, labels));
            }
            Map<FeatureStructure, LabeledSpan> spans = new java.util.LinkedHashMap<>();
            int number = 0;
            for (Map.Entry<FeatureStructure, String> entry : names.entrySet()) {
                number++;
                AnnotationFS fs = (AnnotationFS) entry.getKey();
                String where = "annotation " + number + " (" + SpanChecks.quote(entry.getValue()) + " at ["
                        + fs.getBegin() + ", " + fs.getEnd() + "))";
                ImportOptions.Target target = options.resolve(entry.getValue(), labels);
                if (target == null) {
                    ignored++;
                    continue;
                }
                int begin = fs.getBegin();
                int end = fs.getEnd();
                if (begin < 0 || end > text.length() || begin >= end) {
                    throw fail(where + ": offsets outside the text (0.." + text.length() + " UTF-16 code units) "
                            + "or empty");
                }
                if (cuts(text, begin) || cuts(text, end)) {
                    throw fail(where + ": an offset falls inside a character (between the two halves of a surrogate pair)");
                }
                String note = string(fs, XmiTypes.NOTE);
                if (note != null) {
                    String tooLong = Limits.tooLong("note", note, Limits.NOTE);
                    String notText = TextChecks.problem(note);
                    if (tooLong != null || notText != null) {
                        throw fail(where + ": " + (tooLong != null ? tooLong : "note " + notText));
                    }
                    note = note.isEmpty() ? null : note;
                }
                SourceType sourceType = sourceType(fs, target, where);
                boolean unsure = fs.getType().getName().equals(XmiTypes.SPAN)
                        && fs.getBooleanValue(fs.getType().getFeatureByBaseName(XmiTypes.UNSURE));
                spans.put(fs, new LabeledSpan(begin, end, target.label(), note, sourceType, unsure, number));
            }
            return spans;
        }

        /** A span's source type: its own feature when it has one, else the label map's (SOURCE → OTHER). */
        private SourceType sourceType(AnnotationFS fs, ImportOptions.Target target, String where) {
            String written = string(fs, XmiTypes.SOURCE_TYPE);
            if (!Label.SOURCE.equals(target.label())) {
                if (written != null) {
                    throw fail(where + ": only a " + Label.SOURCE + " span has a " + XmiTypes.SOURCE_TYPE);
                }
                return null;
            }
            if (written == null) {
                return target.sourceType();
            }
            return SourceType.parse(written).orElseThrow(() -> fail(where + ": unknown source type "
                    + SpanChecks.quote(written) + " (known: " + LinkChecks.sourceTypeNames() + ")"));
        }

        private void collect(String typeName, String featureName, Map<FeatureStructure, String> names) {
            Type type = cas.getTypeSystem().getType(typeName);
            Feature feature = type.getFeatureByBaseName(featureName);
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                if (!fs.getType().equals(type)) {
                    continue; // a subtype is read under its own name, not twice
                }
                String name = fs.getStringValue(feature);
                if (name == null || name.isBlank()) {
                    throw fail("a " + type.getShortName() + " at [" + fs.getBegin() + ", " + fs.getEnd() + ") has no "
                            + featureName);
                }
                names.put(fs, name);
            }
        }

        private List<LabeledLink> links(Map<FeatureStructure, LabeledSpan> spans) {
            Type type = cas.getTypeSystem().getType(XmiTypes.LINK);
            Feature governor = type.getFeatureByBaseName(XmiTypes.GOVERNOR);
            Feature dependent = type.getFeatureByBaseName(XmiTypes.DEPENDENT);
            Feature linkType = type.getFeatureByBaseName(XmiTypes.LINK_TYPE);
            List<LabeledLink> links = new ArrayList<>();
            Set<LabeledLink> seen = new java.util.HashSet<>();
            int number = 0;
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                number++;
                String where = "link " + number + " at [" + fs.getBegin() + ", " + fs.getEnd() + ")";
                String name = fs.getStringValue(linkType);
                LinkType parsed = LinkType.parse(name).orElseThrow(() -> fail(where + ": unknown link type "
                        + SpanChecks.quote(String.valueOf(name)) + " (known: " + LinkChecks.typeNames() + ")"));
                FeatureStructure fromFs = fs.getFeatureValue(governor);
                FeatureStructure toFs = fs.getFeatureValue(dependent);
                if (fromFs == null || toFs == null) {
                    throw fail(where + ": it needs both a " + XmiTypes.GOVERNOR + " and a " + XmiTypes.DEPENDENT);
                }
                LabeledSpan from = spans.get(fromFs);
                LabeledSpan to = spans.get(toFs);
                if (from == null || to == null) {
                    ignored++; // an end left out by the label map, or not indexed
                    continue;
                }
                String problem = LinkChecks.labelsProblem(parsed, from, to);
                if (problem != null) {
                    throw fail(where + ": " + problem);
                }
                LabeledLink link = new LabeledLink(parsed, from.key(), to.key());
                if (!seen.add(link)) {
                    throw fail(where + ": repeats an earlier link");
                }
                links.add(link);
            }
            return links;
        }

        private static boolean cuts(String text, int offset) {
            return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                    && Character.isLowSurrogate(text.charAt(offset));
        }

        private FeatureStructure first(String typeName) {
            Type type = cas.getTypeSystem().getType(typeName);
            var all = cas.getIndexRepository().getAllIndexedFS(type);
            return all.hasNext() ? all.next() : null;
        }

        private static String string(FeatureStructure fs, String feature) {
            if (fs == null) {
                return null;
            }
            Feature f = fs.getType().getFeatureByBaseName(feature);
            return f == null ? null : fs.getStringValue(f);
        }

        private String stem() {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".xmi".length());
            if (BratNames.isShortened(stem)) {
                return stem;
            }
            try {
                return BratNames.decode(stem);
            } catch (IllegalArgumentException e) {
                return stem;
            }
        }

        private static String firstNonBlank(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }

        private DatasetFormatException fail(String problem) {
            return new DatasetFormatException(file, 0, problem);
        }
    }
}
