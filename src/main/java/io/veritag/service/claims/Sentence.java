package io.veritag.service.claims;

/** The sentence around a span: from after the previous {@code . ! ?} or line break to the next one. */
final class Sentence {
    /** Sentences longer than this are cut around the span (a text with no full stops is not one sentence). */
    static final int MAX = 600;

    private Sentence() {
    }

    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < MAX && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX && !endsSentence(text, to - 1)) {
            to++;
        }
        return text.substring(safe(text, from), safe(text, Math.max(to, end))).strip();
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))));
    }

    /** Never cut between the halves of a surrogate pair. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
