package io.veritag.service.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gold listing reads its articles a batch per query: over two batches, with articles an annotator
 * changed after adjudication (stale), it must say for every article exactly what opening that article says.
 */
class GoldOverviewTest {
    private static final String TEXT = "Kherson is free now. Russia denied it. Some think troops may return. ";
    private static final int ARTICLES = 612; // two of the listing's batches, the second one partial

    @Test
    void theBatchedListingSaysWhatEachArticleSays() {
        try (Database database = TestDatabase.fresh()) {
            Store store = database.store();
            long anna = store.annotators().getOrCreate("anna").id();
            long ben = store.annotators().getOrCreate("ben").id();
            store.inTransaction(tx -> {
                for (int i = 0; i < ARTICLES; i++) {
                    long id = tx.articles().insert(new NewArticle("a" + i, "Article " + i, "test", null, null,
                            TEXT + "Article " + i + "."), "sha-" + i);
                    tx.spans().insert(id, anna, 0, 15, "CLAIM", null);
                    tx.spans().insert(id, anna, 21, 37, "DENIAL", null);
                    if (i % 7 != 0) {
                        tx.spans().insert(id, ben, 0, 15, "CLAIM", null);
                        tx.spans().insert(id, ben, 21, i % 3 == 0 ? 38 : 37, "DENIAL", null);
                    }
                    tx.statuses().set(id, anna, ArticleStatus.DONE);
                    tx.statuses().set(id, ben, ArticleStatus.DONE);
                }
            });
            AdjudicationService service = new AdjudicationService(store);
            List<Annotator> both = service.annotators(List.of());
            service.autoPreAccept(both, "cora", Progress.NONE);
            // after adjudication ben changes his mind in some articles: their settlement is recomputed
            store.articles().summaries().stream().filter(s -> s.id() % 11 == 0)
                    .forEach(s -> store.spans().insert(s.id(), ben, 38, 60, "SPECULATION", null));

            List<GoldOverview> listed = service.goldOverview();

            assertThat(listed).hasSize(ARTICLES);
            for (GoldOverview row : listed) {
                long id = row.article().id();
                ArticleAdjudication opened = service.load(id, both);
                assertThat(row.settlement()).as(row.article().externalId()).isEqualTo(opened.settlement());
                assertThat(row.goldStale()).as(row.article().externalId()).isEqualTo(opened.goldStale());
                assertThat(row.goldSpans()).isEqualTo(store.gold().spans().forArticle(id).size());
                assertThat(row.goldLinks()).isEqualTo(store.gold().links().forArticle(id).size());
            }
            assertThat(listed).anyMatch(row -> row.settlement().done()).anyMatch(row -> !row.settlement().done());
            assertThat(listed).anyMatch(GoldOverview::goldStale).anyMatch(row -> !row.goldStale());
            assertThat(listed).anyMatch(row -> row.goldSpans() == 2).anyMatch(row -> row.goldSpans() == 1);
        }
    }
}
