package io.veritag.io;

import io.veritag.model.Limits;
import io.veritag.model.TextOffsets;

/**
 * A text from another tool's file, whose offsets count in that tool's text: the article Veritag stores is the
 * normalised text (no BOM, LF line ends), and offsets are carried over to it, so that a file written on Windows text
 * (CRLF, which doccano and Label Studio count) imports at the right places.
 */
final class ForeignText {
    private final String raw;
    private final TextOffsets rawOffsets;
    private final String normalised;
    /** UTF-16 index in {@code raw} → UTF-16 index in {@code normalised}; null when they are the same text. */
    private final int[] toNormalised;

    /**
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    ForeignText(String raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        String problem = TextChecks.problem(raw);
        if (problem != null) {
            throw new IllegalArgumentException("text " + problem);
        }
        this.raw = raw;
        this.rawOffsets = TextOffsets.of(raw);
        this.normalised = TextNormalizer.normalize(raw);
        if (normalised.length() > Limits.ARTICLE_TEXT_CHARS) {
            throw new IllegalArgumentException("text is longer than the limit of " + Limits.ARTICLE_TEXT_CHARS + " characters");
        }
        this.toNormalised = normalised.equals(raw) ? null : map(raw);
    }

    String normalised() {
        return normalised;
    }

    /** Where each UTF-16 index of the raw text falls in the normalised one (a BOM and the CR of a CRLF vanish). */
    private static int[] map(String raw) {
        int[] map = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            map[i] = n;
            char c = raw.charAt(i);
            boolean dropped = (i == 0 && c == '\uFEFF') || (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n');
            if (!dropped) {
                n++;
            }
        }
        map[raw.length()] = n;
        return map;
    }

    /**
     * A span given in code points (or UTF-16 code units) of the raw text, as UTF-16 offsets into the normalised
     * text; {@code expected} (null when the file gives none) must be the text they cover.
     *
     * @return {start, end}, or null when the offsets are in range but do not cover {@code expected}
     * @throws IllegalArgumentException when the offsets are out of range or inside a character
     */
    int[] span(int start, int end, boolean codePoints, String expected) {
        int from;
        int to;
        if (codePoints) {
            String problem = SpanChecks.offsetsProblem(rawOffsets, start, end);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            from = rawOffsets.toUtf16(start);
            to = rawOffsets.toUtf16(end);
        } else {
            if (start >= end || start < 0 || end > raw.length()) {
                return null;
            }
            if (cuts(start) || cuts(end)) {
                return null;
            }
            from = start;
            to = end;
        }
        if (expected != null && !raw.substring(from, to).equals(expected)) {
            return null;
        }
        if (toNormalised != null) {
            from = toNormalised[from];
            to = toNormalised[to];
            if (from >= to) {
                throw new IllegalArgumentException("offsets [" + start + ", " + end + ") cover only a line break's CR");
            }
        }
        return new int[] {from, to};
    }

    /** The covered raw text of code point offsets, for messages. */
    String covered(int start, int end) {
        if (start < 0 || end > rawOffsets.codePointLength() || start >= end) {
            return "";
        }
        return raw.substring(rawOffsets.toUtf16(start), rawOffsets.toUtf16(end));
    }

    private boolean cuts(int offset) {
        return offset > 0 && offset < raw.length() && Character.isHighSurrogate(raw.charAt(offset - 1))
                && Character.isLowSurrogate(raw.charAt(offset));
    }
}
