package io.veritag.io;

/**
 * Whether a string read from a file is text: valid Unicode (no lone surrogate, which no file encoding can
 * carry and every export would turn into {@code ?}) and no NUL (binary data). One check for every reader.
 */
public final class TextChecks {
    private TextChecks() {
    }

    /** Null when {@code s} is text, else what is wrong with it ("contains a lone surrogate U+D800 at character 3"). */
    public static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "contains a NUL character (binary data, not text) at character " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode: lone surrogate U+" + String.format("%04X", (int) c) + " at character " + (i + 1);
            }
        }
        return null;
    }
}
