package io.veritag.io;

/**
 * Whether a text is in the form Veritag stores ({@link TextNormalizer}: no BOM, LF line ends only). Imported annotations must refer to
 * text already in that form: normalising it here would move every offset after the first CR.
 */
public final class NormalForm {
    private NormalForm() {
    }

    public static boolean isNormalised(String text) {
        return TextNormalizer.normalize(text).equals(text);
    }
}
