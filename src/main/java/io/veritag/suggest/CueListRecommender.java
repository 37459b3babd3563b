package io.veritag.suggest;

import io.veritag.model.suggest.Cue;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each cue found in a text (whole words, any case) into a suggested span over its clause: from the
 * cue to the next clause boundary ({@code . ! ? ; :}, a comma, a line break or the end of the text), with
 * the label of the cue's list. Where cues overlap, the longest cue wins; a clause already covered by an
 * earlier cue of the same label is not suggested twice.
 */
public final class CueListRecommender implements Recommender {
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();

    public CueListRecommender(List<Cue> cues) {
        for (Cue cue : cues) {
            this.cues.add(Phrase.of(cue.phrase()), cue);
        }
    }

    public static RecommenderTrainer trainer(List<Cue> cues) {
        CueListRecommender recommender = new CueListRecommender(cues);
        return new RecommenderTrainer() {
            @Override
            public String name() {
                return Recommenders.CUE_LISTS;
            }

            @Override
            public Recommender train(List<LabeledText> training) {
                return recommender; // rules: nothing to learn
            }
        };
    }

    @Override
    public String name() {
        return Recommenders.CUE_LISTS;
    }

    @Override
    public List<Suggestion> suggest(String text) {
        if (cues.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(text);
        List<Suggestion> found = new ArrayList<>();
        int[] cueCoveredUntil = {0};
        phrases(words, found, cueCoveredUntil);
        return found;
    }

    private void phrases(Words words, List<Suggestion> found, int[] cueCoveredUntil) {
        cues.scan(words, (at, entry) -> {
            if (at < cueCoveredUntil[0]) {
                return;
            }
            int lastToken = at + entry.getKey().tokens().length - 1;
            cueCoveredUntil[0] = lastToken + 1;
            int start = words.starts[at];
            int end = clauseEnd(words.text, words.ends[lastToken]);
            String label = entry.getValue().label();
            for (Suggestion earlier : found) {
                if (earlier.label().equals(label) && earlier.start() <= start && end <= earlier.end()) {
                    return;
                }
            }
            found.add(new Suggestion(start, end, label, Recommenders.CUE_LISTS, 1.0));
        });
    }

    /** The end of the clause that starts at or before {@code from}: before its boundary, trailing spaces trimmed. */
    static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !isBoundary(text.charAt(i))) {
            i++;
        }
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isBoundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '\n';
    }
}
