package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.Annotator;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GroupKey;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §3: two curators deciding on the same article. The second decision, taken on a view that does not
 * show the first, is refused with a clear message and nothing of it is recorded; at the same instant from two
 * threads, exactly one of two decisions on one disagreement is recorded. On H2 and on PostgreSQL.
 */
class TwoCuratorsTest {
    private static final LabeledRange DENIAL_ANNA = range(K1, "Russia denied it", "DENIAL");
    private static final LabeledRange DENIAL_BEN = range(K1, "Russia denied it.", "DENIAL");

    private Database database;
    private AdjudicationFixture batch;
    private AdjudicationService service;
    private List<Annotator> both;

    @BeforeEach
    void setUp() {
        database = io.veritag.testing.TestDatabase.fresh();
        batch = new AdjudicationFixture(database.store());
        service = new AdjudicationService(database.store());
        both = service.annotators(List.of());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long decisions(DecisionKind kind) {
        return service.load(batch.k1, both).trail().stream().filter(d -> d.kind() == kind).count();
    }

    @Test
    void aDecisionOnAViewThatMissesAnotherCuratorsDecisionIsRefused() {
        CurationSession cora = service.session(both, "cora");
        CurationSession dora = service.session(both, "dora");
        ArticleAdjudication shownToCora = cora.open(batch.k1);
        dora.open(batch.k1);
        GroupKey boundary = shownToCora.disagreements().get(0).key();
        GroupKey missing = shownToCora.disagreements().get(1).key();

        cora.accept(batch.k1, boundary, DENIAL_BEN, "with the full stop");
        StaleViewException refused = org.assertj.core.api.Assertions.catchThrowableOfType(StaleViewException.class,
                () -> dora.accept(batch.k1, boundary, DENIAL_ANNA, "without it"));
        assertThat(refused).hasMessageStartingWith("cora decided on this article after it was shown here; nothing was recorded.");
        assertThat(decisions(DecisionKind.ACCEPT)).isEqualTo(1);
        assertThat(refused.current().gold()).extracting(g -> g.range()).contains(DENIAL_BEN).doesNotContain(DENIAL_ANNA);

        // once dora has been shown the current state, she decides as usual
        dora.shown(refused.current());
        dora.reject(batch.k1, missing, "hedge");
        assertThat(decisions(DecisionKind.REJECT)).isEqualTo(1);
        // and now cora's view is the stale one
        assertThatThrownBy(() -> cora.undo(batch.k1)).isInstanceOf(StaleViewException.class).hasMessageStartingWith("dora decided");
        assertThat(decisions(DecisionKind.UNDO)).isZero();
    }

    @Test
    void atTheSameInstantExactlyOneOfTwoDecisionsIsRecorded() throws Exception {
        for (int round = 0; round < 5; round++) {
            CurationSession cora = service.session(both, "cora");
            CurationSession dora = service.session(both, "dora");
            GroupKey missing = cora.open(batch.k1).disagreements().get(1).key();
            dora.open(batch.k1);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> attempts = new ArrayList<>();
            for (CurationSession curator : List.of(cora, dora)) {
                attempts.add(pool.submit(() -> {
                    together.await();
                    return curator.reject(batch.k1, missing, "no");
                }));
            }
            int recorded = 0;
            int refused = 0;
            for (Future<?> attempt : attempts) {
                try {
                    attempt.get();
                    recorded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleViewException.class);
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(recorded).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(decisions(DecisionKind.REJECT) - decisions(DecisionKind.UNDO)).isEqualTo(1);
            // back to the start for the next round
            CurationSession reset = service.session(both, "cora");
            reset.open(batch.k1);
            reset.undo(batch.k1);
        }
    }
}
