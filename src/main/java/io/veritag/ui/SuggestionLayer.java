package io.veritag.ui;

import io.veritag.suggest.Recommenders;
import io.veritag.suggest.Suggestion;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;

/**
 * Puts the suggestions on the article text as a layer of their own (a highlight beside the spans', put back
 * when the text or the look and feel is replaced) and binds their keys in the text: Tab / Shift+Tab move,
 * Enter accepts, X rejects, Shift+Enter accepts the whole sentence. The status bar line is told what the
 * current suggestion is and which recommender made it.
 */
final class SuggestionLayer {
    static final KeyStroke NEXT = KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0);
    static final KeyStroke PREVIOUS = KeyStroke.getKeyStroke(KeyEvent.VK_TAB, KeyEvent.SHIFT_DOWN_MASK);
    static final KeyStroke ACCEPT = KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0);
    static final KeyStroke ACCEPT_SENTENCE = KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK);
    static final KeyStroke REJECT = KeyStroke.getKeyStroke(KeyEvent.VK_X, 0);

    private final ArticleTextArea text;
    private final SuggestionsModel model;
    private final SuggestionPainter painter = new SuggestionPainter();
    private Object tag;

    SuggestionLayer(ArticleTextArea text, SuggestionsModel model, Function<String, Color> labelColours, java.util.function.Consumer<String> say) {
        this.text = text;
        this.model = model;
        painter.setColours(labelColours);
        text.addPropertyChangeListener("document", e -> install());
        text.addPropertyChangeListener("UI", e -> SwingUtilities.invokeLater(this::install));
        install();
        model.addListener(() -> {
            painter.set(model.suggestions(), model.current().orElse(null));
            model.current().ifPresent(this::reveal);
            say.accept(describe(model));
            text.repaint();
        });
        bind();
    }

    private void install() {
        if (tag != null) {
            try {
                text.getHighlighter().removeHighlight(tag);
            } catch (RuntimeException e) {
                // an old highlighter (theme switch) no longer holds it
            }
        }
        try {
            tag = text.getHighlighter().addHighlight(0, text.getDocument().getLength(), painter);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void bind() {
        InputMap keys = text.getInputMap(JComponent.WHEN_FOCUSED);
        key(keys, NEXT, "suggestion-next", () -> model.move(1));
        key(keys, PREVIOUS, "suggestion-previous", () -> model.move(-1));
        key(keys, ACCEPT, "suggestion-accept", model::acceptCurrent);
        key(keys, ACCEPT_SENTENCE, "suggestion-accept-sentence", model::acceptSentence);
        key(keys, REJECT, "suggestion-reject", model::rejectCurrent);
        text.setFocusTraversalKeysEnabled(false); // Tab reaches the text's own key map
    }

    private void key(InputMap keys, KeyStroke stroke, String name, java.util.function.BooleanSupplier command) {
        keys.put(stroke, name);
        text.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.getAsBoolean();
            }
        });
    }

    private void reveal(Suggestion s) {
        try {
            Rectangle2D start = text.modelToView2D(s.start());
            if (start != null) {
                Rectangle r = start.getBounds();
                r.grow(0, r.height * 2);
                text.scrollRectToVisible(r);
            }
        } catch (BadLocationException e) {
            // not in the text shown
        }
    }

    static String describe(SuggestionsModel model) {
        int count = model.suggestions().size();
        return model.current()
                .map(s -> "Suggestion " + (model.suggestions().indexOf(s) + 1) + " of " + count + ": " + s.label()
                        + " from " + Recommenders.title(s.recommender()) + " — Enter accepts, X rejects, Shift+Enter accepts the sentence")
                .orElse(count == 0 ? "" : count + (count == 1 ? " suggestion" : " suggestions") + " — Tab to go through them");
    }
}
