package io.veritag.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.xml.sax.SAXException;

/**
 * Writes one XMI file per document ({@code <annotator>/<article>.xmi}, names as brat's) and {@code typesystem.xml}
 * beside the annotator folders. One CAS is reused for every document. Offsets are UTF-16 code units, as XMI
 * defines them (UIMA's offsets are Java string indices), so they are written as Veritag holds them.
 */
final class XmiWriter implements DatasetWriter {
    static final String TYPE_SYSTEM = "typesystem.xml";

    private final ExportFolder folder;
    private final String prefix;
    private final TypeSystemDescription types = XmiTypes.written();
    private final Map<String, String> shortened = new LinkedHashMap<>();
    private final Map<ExportWarning, Integer> warnings = new EnumMap<>(ExportWarning.class);
    private CAS cas;

    XmiWriter(ExportFolder folder, String part) {
        this.folder = folder;
        this.prefix = part == null ? "" : part + "/";
    }

    @Override
    public void write(AnnotatedDocument document) throws IOException {
        if (cas == null) {
            cas = XmiTypes.newCas(types);
            folder.write(prefix + TYPE_SYSTEM, XmiTypes.descriptor(types));
        }
        ArticleData article = document.article();
        String version = XmlCharacters.versionFor(document);
        if (version == null) {
            throw new IOException("article '" + article.externalId() + "' (" + document.annotator() + ") holds U+FFFE or "
                    + "U+FFFF, which no XML file can carry; export it as jsonl or brat");
        }
        if (!"1.0".equals(version)) {
            warnings.merge(ExportWarning.XML_1_1_DOCUMENTS, 1, Integer::sum);
        }
        cas.reset();
        fill(document);
        String path = prefix + name(BratNames.folderName(document.annotator()), document.annotator()) + "/"
                + name(BratNames.fileName(article.externalId()), article.externalId()) + ".xmi";
        try (OutputStream out = folder.create(path)) {
            new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, new XmlText(out, version));
        } catch (SAXException e) {
            throw new IOException("article '" + article.externalId() + "': cannot write XMI: " + e.getMessage(), e);
        }
    }

    /** The document's text, metadata, spans and links as feature structures of the (reset) CAS. */
    private void fill(AnnotatedDocument document) {
        ArticleData article = document.article();
        cas.setDocumentText(article.text());
        // DKPro's DocumentMetaData is the document annotation (as DocumentMetaData.create does): no second one
        Type documentAnnotation = type(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        List<AnnotationFS> defaults = new ArrayList<>();
        cas.getAnnotationIndex(documentAnnotation).forEach(defaults::add);
        defaults.forEach(cas::removeFsFromIndexes);
        AnnotationFS meta = cas.createAnnotation(type(XmiTypes.DOCUMENT_META_DATA), 0, article.text().length());
        set(meta, XmiTypes.DOCUMENT_ID, article.externalId());
        set(meta, XmiTypes.DOCUMENT_TITLE, article.title());
        cas.addFsToIndexes(meta);
        FeatureStructure layer = cas.createFS(type(XmiTypes.LAYER));
        set(layer, XmiTypes.ANNOTATOR, document.annotator());
        set(layer, XmiTypes.STATUS, document.status().key());
        set(layer, XmiTypes.SOURCE, article.source());
        set(layer, XmiTypes.URL, article.url());
        set(layer, XmiTypes.PUBLISHED, article.published());
        cas.addFsToIndexes(layer);
        Type spanType = type(XmiTypes.SPAN);
        Map<Long, AnnotationFS> byKey = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (LabeledSpan span : document.spans()) {
            positions.put(span.key(), positions.size());
            AnnotationFS fs = cas.createAnnotation(spanType, span.start(), span.end());
            set(fs, XmiTypes.LABEL, span.label());
            set(fs, XmiTypes.NOTE, span.note());
            set(fs, XmiTypes.SOURCE_TYPE, span.sourceType() == null ? null : span.sourceType().name());
            fs.setBooleanValue(spanType.getFeatureByBaseName(XmiTypes.UNSURE), span.unsure());
            cas.addFsToIndexes(fs);
            if (span.key() != 0) {
                byKey.put(span.key(), fs);
            }
        }
        Type linkType = type(XmiTypes.LINK);
        // in the order of their ends' spans, so that the same links always get the same xmi:ids
        List<LabeledLink> links = new ArrayList<>(document.links());
        links.sort(java.util.Comparator.<LabeledLink>comparingInt(l -> positions.get(l.fromKey()))
                .thenComparingInt(l -> positions.get(l.toKey())).thenComparing(LabeledLink::type));
        for (LabeledLink link : links) {
            AnnotationFS from = byKey.get(link.fromKey());
            AnnotationFS to = byKey.get(link.toKey());
            AnnotationFS fs = cas.createAnnotation(linkType, to.getBegin(), to.getEnd());
            fs.setFeatureValue(linkType.getFeatureByBaseName(XmiTypes.GOVERNOR), from);
            fs.setFeatureValue(linkType.getFeatureByBaseName(XmiTypes.DEPENDENT), to);
            set(fs, XmiTypes.LINK_TYPE, link.type().name());
            cas.addFsToIndexes(fs);
        }
    }

    private Type type(String name) {
        return cas.getTypeSystem().getType(name);
    }

    private static void set(FeatureStructure fs, String feature, String value) {
        if (value != null) {
            fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
        }
    }

    /** Records a shortened name for the manifest. */
    private String name(String fileName, String original) {
        if (BratNames.isShortened(fileName)) {
            shortened.put(fileName, original);
        }
        return fileName;
    }

    @Override
    public Map<Adjustment, Integer> finish() {
        return Map.of();
    }

    @Override
    public Map<ExportWarning, Integer> warnings() {
        return warnings;
    }

    @Override
    public Map<String, String> fileNames() {
        return shortened;
    }

    @Override
    public void close() {
        cas = null;
    }
}
