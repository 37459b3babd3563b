package io.veritag.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The incremental index against the recommender learned from scratch, after every change. */
class SameTextIndexTest {
    private static final String[] PHRASES = {"denied", "denied the report", "Denied the", "the report", "may",
        "may have", "may have been", "report", "said", "officials said", "the", "Officials"};
    private static final String[] LABELS = {"DENIAL", "SPECULATION", "CLAIM"};
    private static final String TEXT = "Officials said the ministry denied the report. It may have been hit; "
            + "the report may be wrong, officials said. Denied the claim? The REPORT said so.";

    @Test
    void suggestsExactlyWhatLearningEveryTextAgainSuggestsAfterEachPutAndRemove() {
        Random random = new Random(7);
        SameTextIndex index = new SameTextIndex();
        TreeMap<Long, LabeledPhrase> held = new TreeMap<>();
        for (int step = 0; step < 2_000; step++) {
            long key = random.nextInt(40) + (random.nextInt(4) == 0 ? 1L << 62 : 0);
            if (random.nextInt(3) == 0) {
                index.remove(key);
                held.remove(key);
            } else {
                LabeledPhrase phrase = new LabeledPhrase(PHRASES[random.nextInt(PHRASES.length)], LABELS[random.nextInt(LABELS.length)]);
                index.put(key, phrase.text(), phrase.label());
                held.put(key, phrase);
            }
            List<Suggestion> expected = SameTextRecommender.of(new ArrayList<>(held.values())).suggest(TEXT);
            assertThat(index.suggest(TEXT)).as("step %d, holding %s", step, held).isEqualTo(expected);
        }
        assertThat(index.size()).isEqualTo(held.size());
    }

    @Test
    void aTieGoesToTheLabelSeenAtTheSmallestKeyAndMovesWhenThatTextIsRemoved() {
        SameTextIndex index = new SameTextIndex();
        index.put(5, "denied the report", "CLAIM");
        index.put(2, "Denied the report", "DENIAL");

        assertThat(index.suggest(TEXT)).extracting(Suggestion::label).containsExactly("DENIAL");

        index.remove(2);
        assertThat(index.suggest(TEXT)).extracting(Suggestion::label).containsExactly("CLAIM");

        index.remove(5);
        assertThat(index.suggest(TEXT)).isEmpty();
    }
}
