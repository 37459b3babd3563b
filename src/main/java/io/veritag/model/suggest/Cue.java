package io.veritag.model.suggest;

import java.util.Objects;

/** One entry of a cue list: a word or phrase (matched as whole words, any case) that predicts {@code label}. */
public record Cue(String list, String phrase, String label) {
    public Cue {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(label, "label");
        phrase = Objects.requireNonNull(phrase, "phrase").strip();
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("a cue needs at least one word");
        }
    }
}
