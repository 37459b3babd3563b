package io.veritag.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Phrases by their first token, longest first, so that a text is scanned once: each token looks up only
 * the phrases that start with it. Finds whole-word occurrences, case-insensitively.
 */
final class PhraseIndex<V> {
    private final Map<String, List<Map.Entry<Phrase, V>>> byFirstToken = new HashMap<>();

    void add(Phrase phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        List<Map.Entry<Phrase, V>> entries = byFirstToken.computeIfAbsent(phrase.tokens()[0], t -> new ArrayList<>());
        entries.removeIf(e -> e.getKey().equals(phrase));
        entries.add(Map.entry(phrase, value));
        entries.sort(Comparator.comparingInt((Map.Entry<Phrase, V> e) -> -e.getKey().tokens().length));
    }

    boolean isEmpty() {
        return byFirstToken.isEmpty();
    }

    /** Calls {@code found} with (first token, entry) for every occurrence; all phrases at a token, longest first. */
    void scan(Words words, BiConsumer<Integer, Map.Entry<Phrase, V>> found) {
        for (int i = 0; i < words.count(); i++) {
            List<Map.Entry<Phrase, V>> candidates = byFirstToken.get(words.folded[i]);
            if (candidates == null) {
                continue;
            }
            for (Map.Entry<Phrase, V> candidate : candidates) {
                if (candidate.getKey().matchesAt(words, i)) {
                    found.accept(i, candidate);
                }
            }
        }
    }
}
