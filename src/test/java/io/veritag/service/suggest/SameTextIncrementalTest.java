package io.veritag.service.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.service.LabelingService;
import io.veritag.service.Workspace;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.suggest.SameTextRecommender;
import io.veritag.suggest.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service keeps its same-text recommender up to date span by span; after every kind of change (a span
 * made, accepted, moved, relabeled, deleted, undone, redone; gold added, changed and removed; another
 * annotator's spans) it suggests exactly what the recommender learned again from every text suggests.
 */
class SameTextIncrementalTest {
    private static final String[] TEXTS = {
        "Officials said the ministry denied the report. It may have been hit; the report may be wrong.",
        "The ministry denied the report again. Officials said it may have been a drone, the army said.",
        "Nobody denied it. The report said officials may have been wrong about the bridge.",
    };
    private static final String[] PHRASES = {"denied the report", "denied", "may have been", "may", "Officials said",
        "the report", "said", "the ministry", "the bridge"};
    private static final String[] LABELS = {"DENIAL", "SPECULATION", "CLAIM"};
    private Database database;
    private Workspace workspace;
    private Store store;
    private final List<Article> articles = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.inMemory();
        workspace = new Workspace(database);
        store = database.store();
        for (int i = 0; i < TEXTS.length; i++) {
            long id = store.articles().insert(new NewArticle("a" + i, "A" + i, null, null, null, TEXTS[i]), "sha" + i);
            articles.add(store.articles().get(id).orElseThrow());
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyChangeLeavesTheIncrementalSuggestionsEqualToLearningEverythingAgain() {
        Annotator anna = store.annotators().getOrCreate("anna");
        Annotator ben = store.annotators().getOrCreate("ben");
        SuggestionService service = workspace.suggestions(anna);
        LabelingService annaLabels = workspace.labeling(anna);
        LabelingService benLabels = workspace.labeling(ben);
        Random random = new Random(11);
        int compared = 0;
        for (int step = 0; step < 150; step++) {
            Article article = articles.get(random.nextInt(articles.size()));
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            String label = LABELS[random.nextInt(LABELS.length)];
            int start = article.text().indexOf(phrase);
            List<Span> annaSpans = store.spans().forArticle(article.id(), anna.id());
            List<GoldSpan> gold = store.gold().spans().forArticle(article.id());
            try {
            switch (random.nextInt(9)) {
                case 0, 1 -> {
                    if (start >= 0) {
                        annaLabels.createSpan(article, start, start + phrase.length(), label, true);
                    }
                }
                case 2 -> {
                    if (start >= 0) {
                        annaLabels.acceptSuggestions(article.id(), List.of(new Suggestion(start, start + phrase.length(), label, "same-text", 1)));
                    }
                }
                case 3 -> {
                    if (!annaSpans.isEmpty()) {
                        Span span = annaSpans.get(random.nextInt(annaSpans.size()));
                        if (span.isSource()) {
                            break;
                        }
                        annaLabels.relabel(span.id(), label);
                    }
                }
                case 4 -> {
                    if (!annaSpans.isEmpty()) {
                        annaLabels.delete(annaSpans.get(random.nextInt(annaSpans.size())).id());
                    }
                }
                case 5 -> {
                    if (random.nextBoolean()) {
                        annaLabels.undo();
                    } else {
                        annaLabels.redo();
                    }
                }
                case 6 -> {
                    if (start >= 0) {
                        store.gold().spans().insert(article.id(), new LabeledRange(start, start + phrase.length(), label));
                    }
                }
                case 7 -> {
                    if (!gold.isEmpty()) {
                        GoldSpan g = gold.get(random.nextInt(gold.size()));
                        if (random.nextBoolean()) {
                            store.gold().spans().delete(g.id());
                        } else {
                            store.gold().spans().update(g.id(), new LabeledRange(g.start(), g.end(), label));
                        }
                    }
                }
                default -> {
                    if (start >= 0) {
                        benLabels.createSpan(article, start, start + phrase.length(), label, true);
                    }
                }
            }
            } catch (RuntimeException refused) {
                continue; // an edit the service refuses (nothing to undo, an identical span): nothing changed
            }
            SameTextRecommender fromScratch = SameTextRecommender.of(TrainingData.phrases(store, anna.id()));
            compared++;
            for (Article a : articles) {
                assertThat(service.sameText(a.text())).as("step %d, article %s", step, a.externalId())
                        .isEqualTo(fromScratch.suggest(a.text()));
            }
        }
        assertThat(compared).as("edits that went through").isGreaterThan(100);
        assertThat(TrainingData.phrases(store, anna.id())).as("the test made labeled texts to compare").hasSizeGreaterThan(10);
    }
}
