package io.veritag.ui;

import java.awt.Font;
import java.util.List;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.text.TabSet;
import javax.swing.text.TabStop;

/**
 * Turns the README's few Markdown forms into a styled document for reading in the program: headings, bold,
 * code, lists, code blocks and tables (as tab-separated columns). Plain styled text, never HTML.
 */
final class GuideText {
    private static final float FIRST_COLUMN = 260f;

    private GuideText() {
    }

    static StyledDocument render(String title, List<String> lines, Font base) {
        DefaultStyledDocument document = new DefaultStyledDocument();
        Styles styles = new Styles(base);
        append(document, title + "\n", styles.heading(1.4f));
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean header = i + 1 < lines.size() && isRule(lines.get(i + 1));
            if (line.isBlank() && document.getLength() > 0 && endsWithBlankLine(document)) {
                continue; // one blank line is enough between blocks
            } else if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (inCode) {
                append(document, line + "\n", styles.code);
            } else if (line.startsWith("#")) {
                append(document, "\n" + line.replaceFirst("^#+\\s*", "") + "\n", styles.heading(1.15f));
            } else if (line.startsWith("|")) {
                table(document, line, header ? styles.bold : styles.plain, styles);
            } else {
                String text = line.startsWith("- ") ? "• " + line.substring(2) : line;
                inline(document, text, styles.plain);
                append(document, "\n", styles.plain);
            }
        }
        return document;
    }

    private static boolean isRule(String line) {
        return line.startsWith("|") && line.strip().matches("[-|: ]+");
    }

    private static boolean endsWithBlankLine(StyledDocument document) {
        try {
            return document.getLength() >= 2 && document.getText(document.getLength() - 2, 2).equals("\n\n");
        } catch (BadLocationException e) {
            return false;
        }
    }

    /**
     * A table row as columns at tab stops, wrapped lines hanging under the second column; the |---| rule
     * left out.
     */
    private static void table(StyledDocument document, String line, SimpleAttributeSet style, Styles styles) {
        if (isRule(line)) {
            return;
        }
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        String[] cells = inner.split("(?<!\\\\)\\|");
        int start = document.getLength();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                append(document, "\t", style);
            }
            inline(document, cells[i].strip().replace("\\|", "|"), style);
        }
        append(document, "\n", style);
        document.setParagraphAttributes(start, document.getLength() - start, styles.hanging, false);
    }

    /** **bold** and `code` inside a line; everything else as written. */
    private static void inline(StyledDocument document, String text, SimpleAttributeSet plain) {
        int i = 0;
        while (i < text.length()) {
            int bold = text.indexOf("**", i);
            int code = text.indexOf('`', i);
            int next = nearest(bold, code);
            if (next < 0) {
                append(document, text.substring(i), plain);
                return;
            }
            append(document, text.substring(i, next), plain);
            boolean isBold = next == bold;
            String marker = isBold ? "**" : "`";
            int close = text.indexOf(marker, next + marker.length());
            if (close < 0) {
                append(document, text.substring(next), plain);
                return;
            }
            SimpleAttributeSet style = new SimpleAttributeSet(plain);
            if (isBold) {
                StyleConstants.setBold(style, true);
            } else {
                StyleConstants.setFontFamily(style, Font.MONOSPACED);
            }
            append(document, text.substring(next + marker.length(), close), style);
            i = close + marker.length();
        }
    }

    private static int nearest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static void append(StyledDocument document, String text, SimpleAttributeSet style) {
        try {
            document.insertString(document.getLength(), text, style);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e); // appending at the end cannot be out of bounds
        }
    }

    private static final class Styles {
        final SimpleAttributeSet plain = new SimpleAttributeSet();
        final SimpleAttributeSet code = new SimpleAttributeSet();
        final SimpleAttributeSet bold = new SimpleAttributeSet();
        final SimpleAttributeSet hanging = new SimpleAttributeSet();
        private final Font base;

        Styles(Font base) {
            this.base = base;
            StyleConstants.setFontFamily(plain, base.getFamily());
            StyleConstants.setFontSize(plain, base.getSize());
            code.addAttributes(plain);
            StyleConstants.setFontFamily(code, Font.MONOSPACED);
            bold.addAttributes(plain);
            StyleConstants.setBold(bold, true);
            // the first line starts FIRST_COLUMN further left than the rest: column one, then the tab to column two
            StyleConstants.setLeftIndent(hanging, FIRST_COLUMN);
            StyleConstants.setFirstLineIndent(hanging, -FIRST_COLUMN);
            StyleConstants.setTabSet(hanging, new TabSet(new TabStop[] {new TabStop(0), new TabStop(FIRST_COLUMN)}));
        }

        SimpleAttributeSet heading(float scale) {
            SimpleAttributeSet heading = new SimpleAttributeSet(plain);
            StyleConstants.setBold(heading, true);
            StyleConstants.setFontSize(heading, Math.round(base.getSize() * scale));
            return heading;
        }
    }
}
