package io.veritag.suggest;

import java.util.Arrays;

/** A sequence of case-folded tokens, matched as whole words. */
record Phrase(String[] tokens) {
    static Phrase of(String text) {
        Words words = Words.tokenize(text);
        return new Phrase(words.folded);
    }

    boolean isEmpty() {
        return tokens.length == 0;
    }

    /** Whether the phrase occurs in {@code words} starting at token {@code at}. */
    boolean matchesAt(Words words, int at) {
        if (at + tokens.length > words.count()) {
            return false;
        }
        for (int k = 0; k < tokens.length; k++) {
            if (!tokens[k].equals(words.folded[at + k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase p && Arrays.equals(tokens, p.tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
