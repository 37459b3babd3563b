package io.veritag.ui.agreement;

import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.Disagreement;
import io.veritag.agreement.ConfusionTokens;
import io.veritag.ui.kit.ThemeColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.awt.Font;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Map;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.Highlighter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.text.TabSet;
import javax.swing.text.TabStop;

/**
 * The disputed text of one article: each paragraph someone marked is repeated once per annotator, stacked,
 * with that annotator's spans in their label colour; a span the others disagree with is underlined and
 * tagged ⟨missing⟩, ⟨boundary⟩ or ⟨label⟩ (hover for who disagrees and how). Paragraphs nobody marked are
 * shown once, in grey.
 */
final class DisputePane extends JTextPane {
    /** The theme's colour of a kind of disagreement (its tag in the text and in the legend). */
    static Color kindColour(Disagreement.Kind kind) {
        return ThemeColours.get("Veritag.dispute." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Object DETAIL = new Object() {
        @Override
        public String toString() {
            return "veritag.disputeDetail";
        }
    };
    private static final int NAME_WIDTH = 96;

    private final Map<String, Color> labelColours;
    private Runnable shown;

    DisputePane(Map<String, Color> labelColours) {
        this.labelColours = labelColours;
        setEditable(false);
        setName("disputeText");
        setToolTipText("");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        ThemeColours.paintAsPage(this);
        if (shown != null) {
            shown.run(); // the colours are in the document: build it again in the new theme
        }
    }

    void show(ArticleAnnotations article, List<String> annotators, List<Integer> shown) {
        show(article, annotators, shown, List.of());
    }

    /**
     * Shows the article's disputed passages with {@code focus} (ranges of the article's text, such as the tokens
     * of a confusion cell) outlined in every row that shows them; scrolls to the first.
     */
    void show(ArticleAnnotations article, List<String> annotators, List<Integer> shown, List<ConfusionTokens.Range> focus) {
        this.shown = () -> show(article, annotators, shown, focus);
        pieces.clear();
        StyledDocument doc = new DefaultStyledDocument();
        String text = article.text();
        Font font = UIManager.getFont("TextPane.font");
        try {
            SimpleAttributeSet title = new SimpleAttributeSet();
            StyleConstants.setBold(title, true);
            StyleConstants.setFontSize(title, font.getSize() + 3);
            doc.insertString(doc.getLength(), article.title() + "\n\n", title);
            for (DisputedPassages.Passage passage : DisputedPassages.of(article, annotators, shown)) {
                if (passage.rows().isEmpty()) {
                    context(doc, text.substring(passage.start(), passage.end()));
                    continue;
                }
                for (DisputedPassages.Row row : passage.rows()) {
                    row(doc, text, passage, row);
                }
                doc.insertString(doc.getLength(), "\n", null);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        setDocument(doc);
        setCaretPosition(0);
        outline(focus);
    }

    /** Where article text [start, end) was put in the document: at {@code at}. */
    private record Piece(int start, int end, int at) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final List<int[]> outlined = new ArrayList<>();

    private void piece(StyledDocument doc, int start, int end) {
        if (end > start) {
            pieces.add(new Piece(start, end, doc.getLength()));
        }
    }

    private void outline(List<ConfusionTokens.Range> focus) {
        getHighlighter().removeAllHighlights();
        outlined.clear();
        for (ConfusionTokens.Range range : focus) {
            for (Piece piece : pieces) {
                int from = Math.max(range.start(), piece.start());
                int to = Math.min(range.end(), piece.end());
                if (from < to) {
                    int docFrom = piece.at() + from - piece.start();
                    int docTo = piece.at() + to - piece.start();
                    try {
                        getHighlighter().addHighlight(docFrom, docTo, FOCUS);
                        outlined.add(new int[] {docFrom, docTo});
                    } catch (BadLocationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        if (!outlined.isEmpty()) {
            int first = outlined.stream().mapToInt(r -> r[0]).min().orElse(0);
            javax.swing.SwingUtilities.invokeLater(() -> {
                try {
                    java.awt.geom.Rectangle2D at = modelToView2D(Math.min(first, getDocument().getLength()));
                    if (at != null) {
                        java.awt.Rectangle r = at.getBounds();
                        r.grow(0, 60);
                        scrollRectToVisible(r);
                    }
                } catch (BadLocationException e) {
                    // the document changed meanwhile: nothing to scroll to
                }
            });
        }
    }

    /** The document ranges outlined as the focus (for tests): each [start, end). */
    List<int[]> outlinedRanges() {
        return List.copyOf(outlined);
    }

    /** A strong outline around the focus tokens, one box per line they cover: readable over any label tint. */
    private static final Highlighter.HighlightPainter FOCUS = (g, p0, p1, bounds, c) -> {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(ThemeColours.get("Veritag.dispute.focus"));
            g2.setStroke(new BasicStroke(2f));
            java.awt.Rectangle line = null;
            for (int p = p0; p < p1; p++) {
                java.awt.Rectangle at = c.modelToView2D(p).getBounds();
                java.awt.Rectangle after = c.modelToView2D(p + 1).getBounds();
                int right = after.y == at.y ? after.x : at.x + 6; // the last character of a wrapped line
                if (line != null && line.y == at.y) {
                    line.width = Math.max(line.width, right - line.x);
                } else {
                    if (line != null) {
                        g2.drawRect(line.x - 1, line.y, line.width + 1, line.height - 1);
                    }
                    line = new java.awt.Rectangle(at.x, at.y, Math.max(1, right - at.x), at.height);
                }
            }
            if (line != null) {
                g2.drawRect(line.x - 1, line.y, line.width + 1, line.height - 1);
            }
        } catch (BadLocationException e) {
            // a stale highlight after a document change: not painted
        } finally {
            g2.dispose();
        }
    };

    private void context(StyledDocument doc, String paragraph) throws BadLocationException {
        SimpleAttributeSet grey = new SimpleAttributeSet();
        StyleConstants.setForeground(grey, ThemeColours.get("Veritag.dispute.contextForeground"));
        StyleConstants.setItalic(grey, true);
        String shown = paragraph.length() > 160 ? paragraph.substring(0, 157) + "…" : paragraph;
        doc.insertString(doc.getLength(), shown + "\n\n", grey);
    }

    private void row(StyledDocument doc, String text, DisputedPassages.Passage passage, DisputedPassages.Row row)
            throws BadLocationException {
        int lineStart = doc.getLength();
        SimpleAttributeSet name = new SimpleAttributeSet();
        StyleConstants.setBold(name, true);
        StyleConstants.setForeground(name, ThemeColours.get("Veritag.dispute.nameForeground"));
        doc.insertString(doc.getLength(), row.caption() + "\t", name);
        int pos = passage.start();
        for (DisputedPassages.Mark mark : row.marks()) {
            piece(doc, pos, mark.start());
            doc.insertString(doc.getLength(), text.substring(pos, mark.start()), null);
            SimpleAttributeSet span = new SimpleAttributeSet();
            StyleConstants.setBackground(span, ThemeColours.tint(labelColours.getOrDefault(mark.span().label(), Color.GRAY)));
            span.addAttribute(DETAIL, mark.span().label() + " — " + (mark.detail().isEmpty() ? "no one else shown" : mark.detail()));
            boolean disputed = mark.kind() != Disagreement.Kind.AGREED;
            if (disputed) {
                StyleConstants.setUnderline(span, true);
            }
            piece(doc, mark.start(), mark.end());
            doc.insertString(doc.getLength(), text.substring(mark.start(), mark.end()), span);
            if (disputed && mark.end() == Math.min(mark.span().end(), passage.end())) {
                SimpleAttributeSet tag = new SimpleAttributeSet();
                StyleConstants.setForeground(tag, kindColour(mark.kind()));
                StyleConstants.setBold(tag, true);
                StyleConstants.setFontSize(tag, Math.max(9, UIManager.getFont("TextPane.font").getSize() - 2));
                tag.addAttribute(DETAIL, mark.detail());
                doc.insertString(doc.getLength(), "⟨" + mark.kind().description() + "⟩", tag);
            }
            pos = mark.end();
        }
        piece(doc, pos, passage.end());
        doc.insertString(doc.getLength(), text.substring(pos, passage.end()) + "\n", null);
        SimpleAttributeSet paragraph = new SimpleAttributeSet();
        StyleConstants.setTabSet(paragraph, new TabSet(new TabStop[] {new TabStop(0)}));
        // hanging indent: the name sits in the first NAME_WIDTH pixels, wrapped lines align with the text;
        // tab stops count from the left indent, so the stop at 0 is where the text column starts
        StyleConstants.setLeftIndent(paragraph, NAME_WIDTH);
        StyleConstants.setFirstLineIndent(paragraph, -NAME_WIDTH);
        StyleConstants.setSpaceBelow(paragraph, 2);
        doc.setParagraphAttributes(lineStart, doc.getLength() - lineStart - 1, paragraph, false);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int offset = viewToModel2D(e.getPoint());
        if (offset < 0) {
            return null;
        }
        Element element = ((StyledDocument) getDocument()).getCharacterElement(offset);
        AttributeSet attributes = element.getAttributes();
        Object detail = attributes.getAttribute(DETAIL);
        return detail == null ? null : detail.toString();
    }
}
