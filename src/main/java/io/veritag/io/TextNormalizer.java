package io.veritag.io;

/**
 * The one normalisation applied to article text on import: strip a byte-order mark, turn CRLF and lone CR
 * into LF. Nothing else changes, so offsets computed by other tools on LF text stay valid. (Swing documents
 * drop CR on their own; a CR left in stored text would shift every later span.)
 */
public final class TextNormalizer {
    private static final char BOM = '\uFEFF';

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String withoutBom = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (withoutBom.indexOf('\r') < 0) {
            return withoutBom;
        }
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
