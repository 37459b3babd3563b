package io.veritag.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.xml.sax.SAXException;

/**
 * The UIMA type system of Veritag's XMI files, written beside them as {@code typesystem.xml}:
 * <ul>
 * <li>{@code io.veritag.type.Span} (an annotation): {@code label}, {@code note}, {@code sourceType} (SOURCE spans),
 * {@code unsure};</li>
 * <li>{@code io.veritag.type.Link} (an annotation over its {@code Dependent}): {@code Governor} (the span the link
 * starts from), {@code Dependent} (the span it points to) and {@code linkType}, the shape INCEpTION gives relation
 * layers;</li>
 * <li>{@code io.veritag.type.ArticleLayer}: whose annotations these are ({@code annotator}, {@code status}) and the
 * article's {@code source}, {@code url}, {@code published};</li>
 * <li>DKPro Core's {@code DocumentMetaData} (the document's id and title), declared as DKPro declares it, so that
 * DKPro readers and INCEpTION find the document's name where they look.</li>
 * </ul>
 * Imports also read DKPro's {@code NamedEntity} (its {@code value} as the label), INCEpTION's built-in named entity
 * layer, so that a project annotated there can be brought in with a label map.
 */
final class XmiTypes {
    static final String SPAN = "io.veritag.type.Span";
    static final String LINK = "io.veritag.type.Link";
    static final String LAYER = "io.veritag.type.ArticleLayer";
    static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    static final String LABEL = "label";
    static final String NOTE = "note";
    static final String SOURCE_TYPE = "sourceType";
    static final String UNSURE = "unsure";
    static final String GOVERNOR = "Governor";
    static final String DEPENDENT = "Dependent";
    static final String LINK_TYPE = "linkType";
    static final String ANNOTATOR = "annotator";
    static final String STATUS = "status";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    static final String DOCUMENT_ID = "documentId";
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String NAMED_ENTITY_VALUE = "value";

    private XmiTypes() {
    }

    /** The types an export writes (and declares in {@code typesystem.xml}). */
    static TypeSystemDescription written() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Veritag");
        types.setDescription("Spans, links and layers of Veritag, a fact-checking annotation workbench");
        TypeDescription span = types.addType(SPAN, "A labelled span: CLAIM, DENIAL, SPECULATION or SOURCE",
                CAS.TYPE_NAME_ANNOTATION);
        span.addFeature(LABEL, "The label", CAS.TYPE_NAME_STRING);
        span.addFeature(NOTE, "The annotator's note, if any", CAS.TYPE_NAME_STRING);
        span.addFeature(SOURCE_TYPE, "SOURCE spans only: OFFICIAL, MILITARY, POLITICIAN, EXPERT, WITNESS, MEDIA, "
                + "ANONYMOUS or OTHER", CAS.TYPE_NAME_STRING);
        span.addFeature(UNSURE, "The annotator was unsure of this span", CAS.TYPE_NAME_BOOLEAN);
        TypeDescription link = types.addType(LINK, "A link between two spans (covers its Dependent)",
                CAS.TYPE_NAME_ANNOTATION);
        link.addFeature(GOVERNOR, "The span the link starts from (the statement)", SPAN);
        link.addFeature(DEPENDENT, "The span the link points to (its source, or the claim denied or hedged)", SPAN);
        link.addFeature(LINK_TYPE, "SAID_BY, DENIES or HEDGES", CAS.TYPE_NAME_STRING);
        TypeDescription layer = types.addType(LAYER, "Whose annotations these are, and the article's metadata",
                CAS.TYPE_NAME_TOP);
        layer.addFeature(ANNOTATOR, "The annotator's name, or gold", CAS.TYPE_NAME_STRING);
        layer.addFeature(STATUS, "todo, in_progress or done", CAS.TYPE_NAME_STRING);
        layer.addFeature(SOURCE, "The outlet", CAS.TYPE_NAME_STRING);
        layer.addFeature(URL, "The article's address", CAS.TYPE_NAME_STRING);
        layer.addFeature(PUBLISHED, "The publication date", CAS.TYPE_NAME_STRING);
        TypeDescription meta = types.addType(DOCUMENT_META_DATA, "DKPro Core's document metadata",
                CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        meta.addFeature(DOCUMENT_TITLE, "", CAS.TYPE_NAME_STRING);
        meta.addFeature(DOCUMENT_ID, "", CAS.TYPE_NAME_STRING);
        meta.addFeature("documentUri", "", CAS.TYPE_NAME_STRING);
        meta.addFeature("collectionId", "", CAS.TYPE_NAME_STRING);
        meta.addFeature("documentBaseUri", "", CAS.TYPE_NAME_STRING);
        meta.addFeature("isLastSegment", "", CAS.TYPE_NAME_BOOLEAN);
        return types;
    }

    /** The types an import understands: what an export writes, and DKPro's named entities. */
    static TypeSystemDescription read() {
        TypeSystemDescription types = written();
        TypeDescription entity = types.addType(NAMED_ENTITY, "DKPro Core's named entity", CAS.TYPE_NAME_ANNOTATION);
        entity.addFeature(NAMED_ENTITY_VALUE, "", CAS.TYPE_NAME_STRING);
        entity.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
        return types;
    }

    static CAS newCas(TypeSystemDescription types) throws IOException {
        try {
            return CasCreationUtils.createCas(types, null, null);
        } catch (ResourceInitializationException e) {
            throw new IOException("cannot set up the XMI type system: " + e.getMessage(), e);
        }
    }

    /** {@code typesystem.xml}'s content. */
    static byte[] descriptor(TypeSystemDescription types) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            types.toXML(out);
        } catch (SAXException e) {
            throw new IOException("cannot write the XMI type system: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
