package io.veritag.service.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.suggest.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model learns from at most a limited number of done articles, spread over all of them (a desk's archive
 * is never held in memory whole while it trains, issue 17), and stops between two articles when told to.
 */
class TrainingDataLimitTest {
    private Database database;
    private Store store;
    private Annotator anna;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.inMemory();
        store = database.store();
        anna = store.annotators().getOrCreate("anna");
        for (int i = 0; i < 12; i++) {
            String text = "Officials in city " + i + " said the bridge was closed.";
            long id = store.articles().insert(new NewArticle("a" + i, "Article " + i, null, null, null, text), "sha-" + i);
            ids.add(id);
            store.spans().insert(id, anna.id(), 0, 9, "CLAIM", null);
            store.statuses().set(id, anna.id(), i == 5 ? ArticleStatus.IN_PROGRESS : ArticleStatus.DONE);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void atMostTheLimitOfDoneArticlesSpreadOverAllOfThemWithTheirSpans() {
        List<LabeledText> all = TrainingData.doneArticles(store, anna.id(), () -> false, 100);
        assertThat(all).hasSize(11).noneMatch(t -> t.id().equals("a" + ids.get(5)));

        List<LabeledText> five = TrainingData.doneArticles(store, anna.id(), () -> false, 5);
        List<Long> done = new ArrayList<>(ids);
        done.remove(5);
        // every 11/5-th done article: positions 0, 2, 4, 6 and 8 of the eleven
        assertThat(five).extracting(LabeledText::id).containsExactly("a" + done.get(0), "a" + done.get(2),
                "a" + done.get(4), "a" + done.get(6), "a" + done.get(8));
        assertThat(five).allSatisfy(t -> assertThat(t.spans()).hasSize(1));
        assertThat(five.get(1).text()).isEqualTo(store.articles().get(done.get(2)).orElseThrow().text());
    }

    @Test
    void stopsBetweenTwoArticlesWhenTheWorkspaceCloses() {
        assertThatThrownBy(() -> TrainingData.doneArticles(store, anna.id(), () -> true, 100))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anEvenSampleKeepsTheOrderAndIsWholeUnderTheLimit() {
        assertThat(TrainingData.evenSample(List.of(1L, 2L, 3L), 3)).containsExactly(1L, 2L, 3L);
        assertThat(TrainingData.evenSample(List.of(1L, 2L, 3L, 4L, 5L, 6L), 3)).containsExactly(1L, 3L, 5L);
    }
}
