package io.veritag.suggest;

import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests a text that has been labeled wherever it occurs again: whole words, case-insensitive, in any
 * article. A text labeled differently in different places gets its most frequent label (ties: first seen).
 * Occurrences do not overlap: at each place the longest known text wins.
 */
public final class SameTextRecommender implements Recommender {
    private final PhraseIndex<String> phrases = new PhraseIndex<>();

    private SameTextRecommender(Map<Phrase, String> labels) {
        labels.forEach(phrases::add);
    }

    public static SameTextRecommender learn(List<LabeledText> texts) {
        List<LabeledPhrase> phrases = new ArrayList<>();
        for (LabeledText text : texts) {
            for (LabeledRange span : text.spans()) {
                phrases.add(new LabeledPhrase(text.text().substring(span.start(), span.end()), span.label()));
            }
        }
        return of(phrases);
    }

    public static SameTextRecommender of(List<LabeledPhrase> labeled) {
        Map<Phrase, Map<String, Integer>> counts = new HashMap<>();
        Map<Phrase, List<String>> order = new HashMap<>();
        for (LabeledPhrase labeledPhrase : labeled) {
            Phrase phrase = Phrase.of(labeledPhrase.text());
            if (phrase.isEmpty()) {
                continue;
            }
            counts.computeIfAbsent(phrase, p -> new HashMap<>()).merge(labeledPhrase.label(), 1, Integer::sum);
            List<String> seen = order.computeIfAbsent(phrase, p -> new ArrayList<>());
            if (!seen.contains(labeledPhrase.label())) {
                seen.add(labeledPhrase.label());
            }
        }
        Map<Phrase, String> labels = new HashMap<>();
        counts.forEach((phrase, byLabel) -> {
            String best = null;
            for (String label : order.get(phrase)) {
                if (best == null || byLabel.get(label) > byLabel.get(best)) {
                    best = label;
                }
            }
            labels.put(phrase, best);
        });
        return new SameTextRecommender(labels);
    }

    public static RecommenderTrainer trainer() {
        return new RecommenderTrainer() {
            @Override
            public String name() {
                return Recommenders.SAME_TEXT;
            }

            @Override
            public Recommender train(List<LabeledText> training) {
                return learn(training);
            }
        };
    }

    @Override
    public String name() {
        return Recommenders.SAME_TEXT;
    }

    @Override
    public List<Suggestion> suggest(String text) {
        return suggest(phrases, text);
    }

    /** Every occurrence of the indexed phrases in the text, whole words, the longest at each place, none overlapping. */
    static List<Suggestion> suggest(PhraseIndex<String> phrases, String text) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(text);
        List<Suggestion> found = new ArrayList<>();
        int[] coveredUntil = {0}; // token index up to which an earlier, longer match reaches
        phrases.scan(words, (at, entry) -> {
            if (at < coveredUntil[0]) {
                return;
            }
            int last = at + entry.getKey().tokens().length - 1;
            found.add(new Suggestion(words.starts[at], words.ends[last], entry.getValue(), Recommenders.SAME_TEXT, 1.0));
            coveredUntil[0] = last + 1;
        });
        return found;
    }
}
