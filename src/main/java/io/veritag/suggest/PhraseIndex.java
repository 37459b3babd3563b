package io.veritag.suggest;

import java.util.ArrayList;
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

    /** Adds the phrase (replacing its value if it is there), after every phrase at least as long with the same first token. */
    void add(Phrase phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        List<Map.Entry<Phrase, V>> entries = byFirstToken.computeIfAbsent(phrase.tokens()[0], t -> new ArrayList<>());
        entries.removeIf(e -> e.getKey().equals(phrase));
        int at = 0;
        while (at < entries.size() && entries.get(at).getKey().tokens().length >= phrase.tokens().length) {
            at++;
        }
        entries.add(at, Map.entry(phrase, value));
    }

    void remove(Phrase phrase) {
        if (phrase.isEmpty()) {
            return;
        }
        List<Map.Entry<Phrase, V>> entries = byFirstToken.get(phrase.tokens()[0]);
        if (entries != null && entries.removeIf(e -> e.getKey().equals(phrase)) && entries.isEmpty()) {
            byFirstToken.remove(phrase.tokens()[0]);
        }
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
