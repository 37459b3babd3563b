package io.veritag.service.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code adjudicate --auto} takes articles a batch per transaction: over more articles than three batches
 * (with a lone long article that gets a batch of its own) it must decide exactly what opening each article
 * one at a time decides: the same gold, the same trail, the same status and the same report rows.
 */
class BatchPreAcceptanceTest {
    private static final String TEXT = "Kherson is free now. Russia denied it. Some think troops may return. ";
    private static final int ARTICLES = BatchPreAcceptance.ARTICLES_PER_BATCH * 2 + 61;

    @Test
    void batchesDecideExactlyWhatOpeningEachArticleDecides() {
        List<String> batched;
        try (Database database = TestDatabase.fresh()) {
            Store store = fill(database);
            AdjudicationService service = new AdjudicationService(store);
            List<Annotator> both = service.annotators(List.of());
            List<String> rows = new ArrayList<>();
            for (ArticleProgress row : service.autoPreAccept(both, "cora", Progress.NONE)) {
                rows.add(describe(row));
            }
            batched = withStoredState(store, rows);
        }
        List<String> oneByOne;
        try (Database database = TestDatabase.fresh()) {
            Store store = fill(database);
            AdjudicationService service = new AdjudicationService(store);
            List<Annotator> both = service.annotators(List.of());
            CurationSession session = service.session(both, "cora");
            List<String> rows = new ArrayList<>();
            for (var summary : service.finishedArticles(both)) {
                rows.add(describe(ArticleProgress.of(session.open(summary.id()), session.lastPreAccepted())));
            }
            oneByOne = withStoredState(store, rows);
        }
        assertThat(batched).hasSize(ARTICLES + 1 + 1).isEqualTo(oneByOne);
        assertThat(batched).anyMatch(s -> s.contains("pre-accepted 2")).anyMatch(s -> s.contains("pre-accepted 1"))
                .anyMatch(s -> s.contains("pre-accepted 0"));
    }

    /** Articles where anna and ben agree on both spans, on one, or (every seventh) where ben has marked nothing. */
    private static Store fill(Database database) {
        Store store = database.store();
        long anna = store.annotators().getOrCreate("anna").id();
        long ben = store.annotators().getOrCreate("ben").id();
        store.inTransaction(tx -> {
            for (int i = 0; i <= ARTICLES; i++) {
                String text = i == ARTICLES / 2 ? TEXT.repeat(70_000) + i : TEXT + "Article " + i + ".";
                long id = tx.articles().insert(new NewArticle("a" + i, "Article " + i, "test", null, null, text), "sha-" + i);
                tx.spans().insert(id, anna, 0, 15, "CLAIM", null);
                tx.spans().insert(id, anna, 21, 37, "DENIAL", null);
                if (i % 7 != 0) {
                    tx.spans().insert(id, ben, 0, 15, "CLAIM", null);
                    tx.spans().insert(id, ben, 21, i % 3 == 0 ? 38 : 37, i % 5 == 0 ? "SPECULATION" : "DENIAL", null);
                }
                tx.statuses().set(id, anna, ArticleStatus.DONE);
                tx.statuses().set(id, ben, ArticleStatus.DONE);
            }
        });
        return store;
    }

    private static String describe(ArticleProgress row) {
        return row.article() + " pre-accepted " + row.preAccepted() + " " + row.settlement() + " " + row.openByKind()
                + " stale " + row.goldStale();
    }

    /** The report rows, then each article's gold, trail (without times) and status as stored. */
    private static List<String> withStoredState(Store store, List<String> rows) {
        List<String> all = new ArrayList<>(rows);
        StringBuilder stored = new StringBuilder();
        for (var summary : store.articles().summaries()) {
            long id = summary.id();
            stored.append(summary.externalId()).append(": gold ");
            store.gold().spans().forArticle(id).stream().map(GoldSpan::range).forEach(r -> stored.append(r).append(' '));
            stored.append("trail ");
            for (Decision d : store.gold().decisions().forArticle(id)) {
                stored.append(d.id()).append(d.kind()).append(d.disagreementKey()).append(d.disagreementKind())
                        .append(d.goldSpanId()).append(d.after()).append(d.curator()).append(d.sources()).append(' ');
            }
            store.gold().articles().get(id).ifPresent(s -> stored.append("status ").append(s.annotators())
                    .append(s.settled()).append('/').append(s.total()).append(s.done()).append(s.curator()));
            stored.append('\n');
        }
        all.add(stored.toString());
        return all;
    }
}
