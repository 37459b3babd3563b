package io.veritag.io;

import io.veritag.model.NewArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OpenDocument text ({@code .odt}) is one article: a zip whose {@code content.xml} holds the text and
 * {@code meta.xml} the title, author and creation date. Both are parsed with the JDK's XML parser with document
 * types refused (no entities of any kind, nothing fetched). Each {@code text:p} and {@code text:h} is a paragraph;
 * notes, comments, tracked deletions and frames are left out.
 */
public final class OdtArticleReader implements ArticleReader {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    /** Inside a paragraph: what is not its running text. */
    private static final Set<String> LEFT_OUT = Set.of("note", "annotation", "tracked-changes", "bookmark-ref");
    /** Largest content.xml or meta.xml read (a zip bomb stops here). */
    private static final int MAX_XML_BYTES = 256 << 20;

    @Override
    public void read(String sourceName, InputStream in, Consumer<NewArticle> sink) {
        Map<String, byte[]> parts = parts(FileBytes.readAll(in, sourceName), sourceName);
        if (!parts.containsKey("content.xml")) {
            throw new InputProblem(sourceName, 0, "not an OpenDocument text: no content.xml inside");
        }
        Document content = parse(parts.get("content.xml"), sourceName, "content.xml");
        List<String> paragraphs = new ArrayList<>();
        collect(content.getDocumentElement(), paragraphs);
        String title = null;
        String author = null;
        Instant created = null;
        if (parts.containsKey("meta.xml")) {
            Element meta = parse(parts.get("meta.xml"), sourceName, "meta.xml").getDocumentElement();
            title = first(meta, DC, "title");
            author = first(meta, META, "initial-creator");
            author = author != null ? author : first(meta, DC, "creator");
            created = instant(first(meta, META, "creation-date"));
        }
        sink.accept(DocumentText.article(sourceName, paragraphs, title, author, created, "no text in this OpenDocument file"));
    }

    private static Map<String, byte[]> parts(byte[] zip, String sourceName) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml") || entry.getName().equals("meta.xml")) {
                    parts.put(entry.getName(), limited(entries, sourceName, entry.getName()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputProblem(sourceName, 0, "not an OpenDocument text (not a readable zip file)");
        }
        return parts;
    }

    private static byte[] limited(InputStream entry, String sourceName, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = entry.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_XML_BYTES) {
                throw new InputProblem(sourceName, 0, name + " is larger than " + (MAX_XML_BYTES >> 20) + " MB unpacked");
            }
        }
        return out.toByteArray();
    }

    /** Parses XML safely: no DOCTYPE (hence no entities, internal or external), no external fetches, no XInclude. */
    private static Document parse(byte[] xml, String sourceName, String part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new InputProblem(sourceName, 0, part + " is not well-formed XML (" + PageMetadata.clean(e.getMessage()) + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw new InputProblem(sourceName, 0, "cannot read " + part + " (" + PageMetadata.clean(e.getMessage()) + ")");
        }
    }

    private static void collect(Node node, List<String> paragraphs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            if (TEXT.equals(element.getNamespaceURI()) && Set.of("p", "h").contains(element.getLocalName())) {
                StringBuilder text = new StringBuilder();
                inline(element, text);
                String paragraph = DocumentText.paragraph(text.toString());
                if (paragraph != null) {
                    paragraphs.add(paragraph);
                }
            } else if (!(TEXT.equals(element.getNamespaceURI()) && LEFT_OUT.contains(element.getLocalName()))
                    && !(OFFICE.equals(element.getNamespaceURI()) && element.getLocalName().equals("annotation"))) {
                collect(element, paragraphs);
            }
        }
    }

    /** A paragraph's text: spans and links looked into, {@code text:s} spaces and tabs written, the rest left out. */
    private static void inline(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element) {
                String ns = element.getNamespaceURI();
                String name = element.getLocalName();
                if (TEXT.equals(ns) && name.equals("s")) {
                    text.append(' ');
                } else if (TEXT.equals(ns) && (name.equals("tab") || name.equals("line-break"))) {
                    text.append(' ');
                } else if ((TEXT.equals(ns) && LEFT_OUT.contains(name)) || DRAW.equals(ns)
                        || (OFFICE.equals(ns) && name.equals("annotation"))) {
                    continue;
                } else {
                    inline(element, text);
                }
            }
        }
    }

    private static String first(Element root, String namespace, String name) {
        var nodes = root.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : PageMetadata.clean(nodes.item(0).getTextContent());
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
