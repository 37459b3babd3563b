package io.veritag.ui;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.text.DefaultEditorKit;

/**
 * Ctrl+C in the article: the selected text as usual; with no text selected, the selected span's text (a click
 * on a span selects the span, not its text).
 */
final class SpanCopy {
    private SpanCopy() {
    }

    static void install(ArticleTextArea text, LabelingModel model) {
        Action textCopy = text.getActionMap().get(DefaultEditorKit.copyAction);
        text.getActionMap().put(DefaultEditorKit.copyAction, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (text.getSelectionStart() != text.getSelectionEnd()) {
                    textCopy.actionPerformed(e);
                    return;
                }
                model.selectedSpan().ifPresent(span -> model.article().ifPresent(article ->
                        Toolkit.getDefaultToolkit().getSystemClipboard()
                                .setContents(new StringSelection(span.textIn(article.text())), null)));
            }
        });
    }
}
