package io.veritag.io;

import io.veritag.model.TextOffsets;
import java.util.Set;

/** The checks every importer runs on a span read from a file, with code point offsets. */
final class SpanChecks {
    private SpanChecks() {
    }

    /** Offsets within the text and start before end; returns null if fine, else the problem. */
    static String offsetsProblem(TextOffsets offsets, int start, int end) {
        if (start >= end) {
            return "start " + start + " >= end " + end;
        }
        if (start < 0 || end > offsets.codePointLength()) {
            return "offsets [" + start + ", " + end + ") are outside the text (0.." + offsets.codePointLength()
                    + " code points)";
        }
        return null;
    }

    static String labelProblem(Set<String> labels, String label) {
        if (labels.contains(label)) {
            return null;
        }
        return "unknown label '" + label + "' (known: " + String.join(", ", labels) + ")";
    }

    static String textProblem(String expected, String found, int start, int end) {
        if (expected.equals(found)) {
            return null;
        }
        return "span text " + quote(found) + " does not match the article text at [" + start + ", " + end + "): "
                + quote(expected);
    }

    /** A short, one-line rendering of a text for messages. */
    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "\"" + shown.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
