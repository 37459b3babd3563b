package io.veritag.model;

/**
 * The one valid form of an annotator's name, checked at every entry point (window, {@code --annotator}, annotation
 * imports) and by the store: trimmed; 1 to {@link #MAX_LENGTH} characters (the database column); no control,
 * format (bidi overrides, zero-width) or line/paragraph separator characters, which would hide or reorder what a
 * report shows; no {@code |}, the separator of pair names in agreement reports ({@code anna|ben}).
 */
public final class AnnotatorName {
    /** The size of {@code annotator.name} in {@code schema/V1__init.sql}. */
    public static final int MAX_LENGTH = Limits.ANNOTATOR_NAME;

    private AnnotatorName() {
    }

    /**
     * {@code raw} trimmed, if it is a valid name.
     *
     * @throws IllegalArgumentException naming what is wrong, e.g. "annotator name contains a control character (U+001B)"
     */
    public static String checked(String raw) {
        String name = raw == null ? "" : raw.strip();
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    /** What is wrong with an already trimmed name, or null. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "annotator name must not be blank";
        }
        if (name.length() > MAX_LENGTH) {
            return "annotator name is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "annotator name is not valid Unicode (lone surrogate " + hex(c) + ")";
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return "annotator name contains an invisible or control character (" + hex(c) + ")";
            }
            if (c == '|') {
                return "annotator name contains '|', which agreement reports use between the two names of a pair";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
