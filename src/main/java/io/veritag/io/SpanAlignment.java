package io.veritag.io;

/**
 * Keeps spans on code point boundaries. The database bounds offsets by the text length but cannot see
 * surrogate pairs; a span edge between the two halves of an emoji is widened to take the whole character,
 * so that no file ever holds half a character.
 */
public final class SpanAlignment {
    private SpanAlignment() {
    }

    /** The span widened to whole code points; the same instance if it already was. */
    public static LabeledSpan align(String text, LabeledSpan span) {
        int start = insidePair(text, span.start()) ? span.start() - 1 : span.start();
        int end = insidePair(text, span.end()) ? span.end() + 1 : span.end();
        if (start == span.start() && end == span.end()) {
            return span;
        }
        return span.withOffsets(start, end);
    }

    /** True if {@code index} falls between a high and a low surrogate. */
    static boolean insidePair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    }
}
