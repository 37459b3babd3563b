package io.veritag.suggest;

import io.veritag.model.gold.LabeledRange;
import java.util.List;
import java.util.Objects;

/** An article's text with the spans of one layer (an annotator's own, or gold): what recommenders learn from. */
public record LabeledText(String id, String text, List<LabeledRange> spans) {
    public LabeledText {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (LabeledRange span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("span " + span + " ends after the text of " + id);
            }
        }
    }
}
