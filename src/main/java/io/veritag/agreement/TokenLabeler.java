package io.veritag.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every token one category per annotator. A span [s,e) covers token [ts,te) when s &lt; te and ts &lt; e;
 * an uncovered token is O. When several spans of the annotator cover a token, the smaller start wins, then
 * the longer span, then the earlier label in the label order.
 */
public final class TokenLabeler {
    private TokenLabeler() {
    }

    /** Category index per token (see {@link LabelSet}); spans in the same offset unit as the tokens. */
    public static int[] categories(Tokens tokens, List<LabeledExtent> spans, LabelSet labels) {
        int[] categories = new int[tokens.count()];
        java.util.Arrays.fill(categories, labels.outside());
        if (spans.isEmpty() || tokens.count() == 0) {
            return categories;
        }
        List<LabeledExtent> byPriority = new ArrayList<>(spans);
        byPriority.sort(Comparator.comparingInt(LabeledExtent::start)
                .thenComparing(Comparator.comparingInt(LabeledExtent::length).reversed())
                .thenComparingInt(s -> labels.indexOf(s.label())));
        // paint the weakest first so that stronger spans overwrite it
        for (int k = byPriority.size() - 1; k >= 0; k--) {
            LabeledExtent span = byPriority.get(k);
            int category = labels.indexOf(span.label());
            int from = tokens.firstEndingAfter(span.start());
            int to = tokens.firstStartingAtOrAfter(span.end());
            for (int t = from; t < to; t++) {
                categories[t] = category;
            }
        }
        return categories;
    }
}
