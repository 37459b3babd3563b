package io.veritag.ui;

import java.text.Bidi;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import javax.swing.text.BadLocationException;
import javax.swing.text.PlainDocument;

/**
 * A read-only article's document. For text with no right-to-left characters it skips Swing's bidi analysis,
 * which an emoji alone switches on and which costs more than the whole layout of a 1 MB article; text that
 * does need bidi gets it as usual.
 */
final class ArticleDocument extends PlainDocument {
    private static final String I18N = "i18n";

    private ArticleDocument(boolean leftToRightOnly) {
        if (leftToRightOnly) {
            setDocumentProperties(new LeftToRightProperties(getDocumentProperties()));
        }
    }

    static ArticleDocument of(String text) {
        char[] chars = text.toCharArray();
        ArticleDocument document = new ArticleDocument(!Bidi.requiresBidi(chars, 0, chars.length));
        try {
            document.insertString(0, text, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return document;
    }

    /** Document properties that keep "i18n" false, so no bidi structure is built for left-to-right text. */
    private static final class LeftToRightProperties extends Hashtable<Object, Object> {
        LeftToRightProperties(Dictionary<Object, Object> initial) {
            for (Enumeration<Object> keys = initial.keys(); keys.hasMoreElements(); ) {
                Object key = keys.nextElement();
                super.put(key, initial.get(key));
            }
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            if (I18N.equals(key) && Boolean.TRUE.equals(value)) {
                return get(key);
            }
            return super.put(key, value);
        }
    }
}
