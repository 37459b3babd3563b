package io.veritag.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Writes the SAX events of UIMA's XMI serialiser as XML text, escaping every character a reader would change: a
 * parser turns a literal tab or line break in an attribute into a space, and XML 1.1 reads U+0085 and U+2028 as line
 * breaks, so these, the other control characters and U+2029 are written as character references; everything else
 * (emoji included) is written as UTF-8. One element per line, indented by depth.
 */
final class XmlText implements ContentHandler {
    private final Writer out;
    private final String version;
    private final List<String[]> pendingNamespaces = new ArrayList<>();
    private int depth;
    private boolean open;
    private boolean hadText;

    XmlText(OutputStream out, String version) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.version = version;
    }

    @Override
    public void startDocument() throws SAXException {
        write("<?xml version=\"" + version + "\" encoding=\"UTF-8\"?>");
    }

    @Override
    public void endDocument() throws SAXException {
        write("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pendingNamespaces.add(new String[] {prefix, uri});
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // declared on the element that follows startPrefixMapping
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        closeStartTag();
        StringBuilder tag = new StringBuilder("\n").append("  ".repeat(depth)).append('<').append(qName);
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            declared.add(attributes.getQName(i));
        }
        for (String[] namespace : pendingNamespaces) {
            if (declared.contains(namespace[0].isEmpty() ? "xmlns" : "xmlns:" + namespace[0])) {
                continue; // UIMA also passes the declaration as an attribute
            }
            tag.append(' ').append(namespace[0].isEmpty() ? "xmlns" : "xmlns:" + namespace[0]).append("=\"");
            escape(namespace[1], tag);
            tag.append('"');
        }
        pendingNamespaces.clear();
        for (int i = 0; i < attributes.getLength(); i++) {
            tag.append(' ').append(attributes.getQName(i)).append("=\"");
            escape(attributes.getValue(i), tag);
            tag.append('"');
        }
        write(tag.toString());
        open = true;
        hadText = false;
        depth++;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (open) {
            write("/>");
            open = false;
        } else {
            write((hadText ? "" : "\n" + "  ".repeat(depth)) + "</" + qName + ">");
        }
        hadText = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        closeStartTag();
        StringBuilder text = new StringBuilder(length);
        escape(new String(ch, start, length), text);
        write(text.toString());
        hadText = true;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // indentation is ours
    }

    @Override
    public void processingInstruction(String target, String data) {
        // XMI has none
    }

    @Override
    public void skippedEntity(String name) {
        // none are written
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // not needed for writing
    }

    private void closeStartTag() throws SAXException {
        if (open) {
            write(">");
            open = false;
        }
    }

    private void write(String s) throws SAXException {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
