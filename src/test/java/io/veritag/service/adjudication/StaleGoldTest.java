package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.Span;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gold older than the annotations it came from (issue 15 item 3), on H2 and on PostgreSQL. */
class StaleGoldTest {
    private Database database;
    private Store store;
    private AdjudicationFixture batch;
    private AdjudicationService service;
    private List<Annotator> both;
    private CurationSession cora;

    @BeforeEach
    void setUp() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        batch = new AdjudicationFixture(store);
        service = new AdjudicationService(store);
        both = service.annotators(List.of());
        cora = service.session(both, "cora");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void noGoldIsNeverStaleAndFreshGoldIsNot() throws InterruptedException {
        assertThat(service.load(batch.k1, both).goldStale()).isFalse();
        ArticleAdjudication opened = cora.open(batch.k1); // pre-accepts the unanimous headline
        assertThat(opened.goldStale()).isFalse();
        assertThat(service.load(batch.k1, both).goldStale()).isFalse();
    }

    @Test
    void aSpanMovedAfterTheLastDecisionMakesTheGoldStale() throws InterruptedException {
        ArticleAdjudication opened = cora.open(batch.k1);
        var first = opened.disagreements().get(0);
        cora.accept(batch.k1, first.key(), first.versions().get(0).range(), null);
        assertThat(service.load(batch.k1, both).goldStale()).isFalse();

        Thread.sleep(5);
        Span troops = store.spans().forArticle(batch.k1, batch.anna.id()).stream()
                .filter(s -> s.textIn(K1).equals("troops may return")).findFirst().orElseThrow();
        LabeledRange wider = range(K1, "troops may return.", "SPECULATION");
        store.spans().update(troops.id(), wider.start(), wider.end(), wider.label(), null);
        assertThat(service.load(batch.k1, both).goldStale()).isTrue();
        assertThat(service.load(batch.k2, both).goldStale()).as("another article").isFalse();
    }

    @Test
    void deletingASpanThePreAcceptedGoldCameFromMakesItStale() {
        cora.open(batch.k1); // the headline both marked is in gold now
        Span bens = store.spans().forArticle(batch.k1, batch.ben.id()).stream()
                .filter(s -> s.textIn(K1).equals("Kherson is free 🇺🇦 now")).findFirst().orElseThrow();
        store.spans().delete(bens.id());
        assertThat(service.load(batch.k1, both).goldStale()).isTrue();
    }
}
