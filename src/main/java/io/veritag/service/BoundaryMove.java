package io.veritag.service;

import java.util.Optional;

/**
 * A keyboard adjustment of a span's boundary: which end moves, which way, and by a character or a word.
 * {@link #apply} is a pure function of the text and the range.
 */
public record BoundaryMove(Edge edge, Direction direction, Unit unit) {
    public enum Edge { START, END }

    public enum Direction { LEFT, RIGHT }

    public enum Unit { CHARACTER, WORD }

    /** The moved range, or empty if the move would leave the text or make the span empty. */
    public Optional<TextRange> apply(String text, TextRange range) {
        int start = range.start();
        int end = range.end();
        if (edge == Edge.START) {
            start = move(text, start);
        } else {
            end = move(text, end);
        }
        if (start < 0 || end > text.length() || start >= end || (start == range.start() && end == range.end())) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(start, end));
    }

    private int step(String text, int offset) {
        return direction == Direction.LEFT ? Graphemes.previous(text, offset) : Graphemes.next(text, offset);
    }

    private int move(String text, int offset) {
        if (unit == Unit.CHARACTER) {
            int moved = step(text, offset);
            // a span never starts or ends with white space: step over it to the next character in that direction
            while (edge == Edge.START ? moved < text.length() && Character.isWhitespace(text.charAt(moved))
                    : moved > 0 && Character.isWhitespace(text.charAt(moved - 1))) {
                int next = step(text, moved);
                if (next == moved) {
                    return offset; // only white space that way: no move
                }
                moved = next;
            }
            return moved;
        }
        if (direction == Direction.LEFT) {
            // a start moving left lands on the start of the previous word; an end, on the end of the previous word
            return edge == Edge.START
                    ? WordChars.wordStart(text, WordChars.skipGapBackward(text, offset))
                    : WordChars.skipGapBackward(text, WordChars.wordStart(text, offset));
        }
        return edge == Edge.START
                ? WordChars.skipGapForward(text, WordChars.wordEnd(text, offset))
                : WordChars.wordEnd(text, WordChars.skipGapForward(text, offset));
    }
}
