package io.veritag.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The same-text recommender kept up to date span by span: adding or removing one labeled text touches only
 * its phrase, where {@link SameTextRecommender#of} learns every text again. Suggests exactly what
 * {@link SameTextRecommender#of} would for the texts it holds taken in key order: a phrase gets its most
 * frequent label, ties going to the label seen at the smallest key. Not thread-safe.
 */
public final class SameTextIndex {
    private record Labeled(Phrase phrase, String label) {
    }

    private final Map<Long, Labeled> byKey = new HashMap<>();
    /** Per phrase, per label, the keys of the texts with that label (their count is the vote, the first the tie-break). */
    private final Map<Phrase, Map<String, TreeSet<Long>>> votes = new HashMap<>();
    private final PhraseIndex<String> phrases = new PhraseIndex<>();

    /** Adds (or replaces) the labeled text with this key. */
    public void put(long key, String text, String label) {
        remove(key);
        Phrase phrase = Phrase.of(text);
        if (phrase.isEmpty()) {
            return;
        }
        byKey.put(key, new Labeled(phrase, label));
        votes.computeIfAbsent(phrase, p -> new HashMap<>()).computeIfAbsent(label, l -> new TreeSet<>()).add(key);
        decide(phrase);
    }

    public void remove(long key) {
        Labeled removed = byKey.remove(key);
        if (removed == null) {
            return;
        }
        Map<String, TreeSet<Long>> byLabel = votes.get(removed.phrase());
        TreeSet<Long> keys = byLabel.get(removed.label());
        keys.remove(key);
        if (keys.isEmpty()) {
            byLabel.remove(removed.label());
        }
        if (byLabel.isEmpty()) {
            votes.remove(removed.phrase());
        }
        decide(removed.phrase());
    }

    public int size() {
        return byKey.size();
    }

    public List<Suggestion> suggest(String text) {
        return SameTextRecommender.suggest(phrases, text);
    }

    private void decide(Phrase phrase) {
        Map<String, TreeSet<Long>> byLabel = votes.get(phrase);
        if (byLabel == null) {
            phrases.remove(phrase);
            return;
        }
        String best = null;
        for (Map.Entry<String, TreeSet<Long>> e : byLabel.entrySet()) {
            if (best == null || e.getValue().size() > byLabel.get(best).size()
                    || (e.getValue().size() == byLabel.get(best).size() && e.getValue().first() < byLabel.get(best).first())) {
                best = e.getKey();
            }
        }
        phrases.add(phrase, best);
    }
}
