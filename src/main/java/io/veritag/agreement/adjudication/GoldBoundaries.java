package io.veritag.agreement.adjudication;

import io.veritag.model.TextOffsets;

/** Checks offsets a curator typed or dragged before they become a gold span. */
public final class GoldBoundaries {
    private GoldBoundaries() {
    }

    /**
     * @throws IllegalArgumentException with a message fit for the user if the span is empty, reversed,
     *                                  outside the text, or cuts a character (an emoji) in half
     */
    public static void check(String text, int start, int end) {
        if (start < 0) {
            throw new IllegalArgumentException("start " + start + " is before the beginning of the text");
        }
        if (end > text.length()) {
            throw new IllegalArgumentException("end " + end + " is beyond the end of the text (" + text.length() + ")");
        }
        if (start >= end) {
            throw new IllegalArgumentException("start " + start + " must be before end " + end);
        }
        TextOffsets offsets = TextOffsets.of(text);
        offsets.toCodePoint(start);
        offsets.toCodePoint(end);
    }
}
