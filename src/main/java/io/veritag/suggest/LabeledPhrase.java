package io.veritag.suggest;

import java.util.Objects;

/** The text of a labeled span, with its label: what the same-text recommender learns. */
public record LabeledPhrase(String text, String label) {
    public LabeledPhrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
