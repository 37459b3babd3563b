package io.veritag.ui;

import com.formdev.flatlaf.ui.FlatTextAreaUI;
import javax.swing.text.Element;
import javax.swing.text.View;

/** FlatLaf's text area look, with the fast word-wrapping view for long articles. */
final class ArticleTextUI extends FlatTextAreaUI {
    @Override
    public View create(Element element) {
        return new FastWrappedView(element);
    }

    /** Builds the views again, so that every line is measured with the text area's metrics as they are now. */
    void relayout() {
        modelChanged();
    }
}
