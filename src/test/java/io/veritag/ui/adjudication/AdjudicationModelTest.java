package io.veritag.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.service.adjudication.AdjudicationFixture;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.store.Database;
import io.veritag.ui.kit.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's presentation model without a window: navigation, blind names, and decisions by annotator. */
class AdjudicationModelTest {
    private Database database;
    private AdjudicationFixture batch;
    private AdjudicationModel model;
    private final List<AdjudicationModel.Aspect> events = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory();
        batch = new AdjudicationFixture(database.store());
        AdjudicationService service = new AdjudicationService(database.store());
        model = new AdjudicationModel(service.session(service.annotators(List.of()), "cora"), database.store().labels().all(), true,
                new SameThreadExecutor());
        model.addListener(events::add);
        onEdt(() -> {
            model.loadArticles();
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void opensTheFirstArticleThatIsNotDoneAtItsFirstOpenDisagreement() throws Exception {
        assertThat(onEdt(() -> model.state().orElseThrow().article().externalId())).isEqualTo("k1");
        assertThat(onEdt(() -> model.currentDisagreement().map(SpanGroup::kind).orElseThrow().text())).isEqualTo("boundary");
        assertThat(onEdt(model::batchText)).isEqualTo("0 of 4 settled · 0 of 2 articles done");
        assertThat(events).contains(AdjudicationModel.Aspect.ARTICLES, AdjudicationModel.Aspect.ARTICLE);
    }

    @Test
    void blindNamesFollowTheAnnotatorOrder() throws Exception {
        assertThat(onEdt(() -> model.annotatorName(batch.anna.id()))).isEqualTo("Annotator A");
        assertThat(onEdt(() -> model.annotatorName(batch.ben.id()))).isEqualTo("Annotator B");
        onEdt(() -> {
            model.setBlind(false);
            return null;
        });
        assertThat(onEdt(() -> model.annotatorName(batch.ben.id()))).isEqualTo("ben");
    }

    @Test
    void acceptingAnAnnotatorWhoMarkedNothingRejectsAndTheModelMovesToTheNextOpenOne() throws Exception {
        onEdt(() -> {
            model.next(); // "Some think": only ben
            model.acceptChoice(0, "anna was right to leave it");
            return null;
        });

        List<Decision> trail = database.store().gold().decisions().forArticle(batch.k1);
        assertThat(trail).last().extracting(Decision::kind, Decision::reason)
                .containsExactly(DecisionKind.REJECT, "anna was right to leave it");
        assertThat(onEdt(() -> model.currentIndex())).isEqualTo(2);
        assertThat(onEdt(model::message)).isEqualTo("Rejected: Annotator A marked nothing here.");
        assertThat(onEdt(model::canUndo)).isTrue();
        assertThat(onEdt(model::canRedo)).isFalse();
    }

    @Test
    void aFailedDecisionIsAnErrorMessageAndChangesNothing() throws Exception {
        onEdt(() -> {
            model.reject(null);
            return null;
        });
        onEdt(() -> {
            model.previous(); // back to the rejected one
            model.reject(null);
            return null;
        });

        assertThat(onEdt(model::messageIsError)).isTrue();
        assertThat(onEdt(model::message)).contains("already settled");
        assertThat(database.store().gold().decisions().forArticle(batch.k1)).hasSize(2);
    }

    @Test
    void aDecisionRefusedBecauseAnotherCuratorDecidedFirstShowsTheirDecisionAndRecordsNothing() throws Exception {
        AdjudicationService service = new AdjudicationService(database.store());
        var dora = service.session(service.annotators(List.of()), "dora");
        var shownToDora = dora.open(batch.k1);
        var boundary = shownToDora.disagreements().get(0);
        var bens = boundary.versions().stream().filter(v -> v.proposedBy(batch.ben.id())).findFirst().orElseThrow().range();
        dora.accept(batch.k1, boundary.key(), bens, "with the full stop");
        int trailBefore = database.store().gold().decisions().forArticle(batch.k1).size();

        onEdt(() -> {
            model.acceptChoice(0, "anna's, on a view that misses dora's decision");
            return null;
        });

        assertThat(database.store().gold().decisions().forArticle(batch.k1)).as("nothing recorded").hasSize(trailBefore);
        assertThat(onEdt(model::messageIsError)).isTrue();
        assertThat(onEdt(model::message)).startsWith("dora decided on this article after it was shown here; nothing was recorded.");
        assertThat(onEdt(() -> model.state().orElseThrow().gold())).as("the view shows dora's decision")
                .extracting(g -> g.range()).contains(bens);
        assertThat(onEdt(model::currentSettled)).as("the disagreement dora settled").isTrue();

        // decided again on the refreshed view: taken
        onEdt(() -> {
            model.next();
            model.reject("on the view as it is now");
            return null;
        });
        assertThat(onEdt(model::messageIsError)).isFalse();
        assertThat(database.store().gold().decisions().forArticle(batch.k1)).hasSize(trailBefore + 1)
                .last().extracting(Decision::curator, Decision::reason).containsExactly("cora", "on the view as it is now");
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        List<T> result = new ArrayList<>();
        List<Exception> failure = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.add(work.call());
            } catch (Exception e) {
                failure.add(e);
            }
        });
        if (!failure.isEmpty()) {
            throw failure.get(0);
        }
        return result.get(0);
    }
}
