package io.veritag.model;

/**
 * Converts between the two offset units Veritag uses: UTF-16 code units inside Java and the database,
 * Unicode code points in every file that leaves or enters the program (so that Python's
 * {@code text[start:end]} is the span text). This is the one place where that conversion happens.
 *
 * <p>Build one instance per text and reuse it: conversions are O(log n) after an O(n) scan, and
 * texts without supplementary characters convert in O(1).
 */
public final class TextOffsets {
    private final String text;
    /** UTF-16 indices of the high surrogate of every supplementary character, ascending; null if none. */
    private final int[] supplementaryAt;

    private TextOffsets(String text, int[] supplementaryAt) {
        this.text = text;
        this.supplementaryAt = supplementaryAt;
    }

    public static TextOffsets of(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        if (count == 0) {
            return new TextOffsets(text, null);
        }
        int[] positions = new int[count];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                positions[n++] = i;
                i++;
            }
        }
        return new TextOffsets(text, positions);
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return supplementaryAt == null ? text.length() : text.length() - supplementaryAt.length;
    }

    /**
     * Code point index of a UTF-16 index.
     *
     * @throws IllegalArgumentException if the index is outside the text or inside a surrogate pair
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IllegalArgumentException("offset " + utf16 + " is outside the text (0.." + text.length() + ")");
        }
        if (supplementaryAt == null) {
            return utf16;
        }
        int pairsBefore = countPairsStartingBefore(utf16);
        if (pairsBefore > 0 && supplementaryAt[pairsBefore - 1] == utf16 - 1) {
            throw new IllegalArgumentException("offset " + utf16 + " falls inside a surrogate pair");
        }
        return utf16 - pairsBefore;
    }

    /**
     * UTF-16 index of a code point index.
     *
     * @throws IllegalArgumentException if the index is outside the text
     */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IllegalArgumentException(
                    "offset " + codePoint + " is outside the text (0.." + codePointLength() + " code points)");
        }
        if (supplementaryAt == null) {
            return codePoint;
        }
        // the k-th supplementary character (0-based) at UTF-16 index p sits at code point p - k
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    private int countPairsStartingBefore(int utf16) {
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
