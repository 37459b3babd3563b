package io.veritag.service.adjudication;

import io.veritag.model.gold.GroupKey;
import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.K2;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleSummary;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdjudicationServiceTest {
    private static final LabeledRange HEADLINE = range(K1, "Kherson is free 🇺🇦 now", "CLAIM");
    private static final LabeledRange DENIAL_ANNA = range(K1, "Russia denied it", "DENIAL");
    private static final LabeledRange DENIAL_BEN = range(K1, "Russia denied it.", "DENIAL");
    private static final LabeledRange SOME_THINK = range(K1, "Some think", "SPECULATION");
    private static final LabeledRange TROOPS_ANNA = range(K1, "troops may return", "SPECULATION");

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
    void comparesAnnotatorsWhoHaveSpansOverArticlesAllOfThemFinished() {
        assertThat(both).extracting(Annotator::name).containsExactly("anna", "ben");
        assertThat(service.finishedArticles(both)).extracting(ArticleSummary::externalId).containsExactly("k1", "k2");
        assertThatThrownBy(() -> service.annotators(List.of("anna", "zoe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown annotator 'zoe'");
        assertThatThrownBy(() -> service.annotators(List.of("anna")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("adjudication compares at least two annotators, got anna");
    }

    @Test
    void openingPreAcceptsUnanimousSpansAndListsTheDisagreements() {
        ArticleAdjudication state = cora.open(batch.k1);

        assertThat(state.gold()).extracting(GoldSpan::range).containsExactly(HEADLINE);
        assertThat(state.disagreements()).extracting(SpanGroup::kind)
                .containsExactly(DisagreementKind.BOUNDARY, DisagreementKind.MISSING, DisagreementKind.LABEL);
        assertThat(state.settlement().text()).isEqualTo("0 of 3 settled");
        assertThat(state.trail()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.PRE_ACCEPT);
            assertThat(d.curator()).isEqualTo("cora");
            assertThat(d.proposers()).containsExactly("anna", "ben");
        });
        assertThat(store.gold().articles().get(batch.k1)).hasValueSatisfying(s -> {
            assertThat(s.done()).isFalse();
            assertThat(s.total()).isEqualTo(3);
        });
        assertThat(cora.open(batch.k1).trail()).as("opening again pre-accepts nothing twice").hasSize(1);
    }

    @Test
    void settlesEveryDisagreementAndKeepsWhoProposedWhoDecidedAndWhy() {
        ArticleAdjudication state = cora.open(batch.k1);
        GroupKey boundary = state.disagreements().get(0).key();
        GroupKey missing = state.disagreements().get(1).key();
        GroupKey label = state.disagreements().get(2).key();

        state = cora.accept(batch.k1, boundary, DENIAL_BEN, "the full stop belongs to the sentence");
        state = cora.reject(batch.k1, missing, "hedge, not a claim");
        assertThat(state.settlement().text()).isEqualTo("2 of 3 settled");
        LabeledRange edited = range(K1, "troops may return", "DENIAL");
        state = cora.edit(batch.k1, label, TROOPS_ANNA, edited, null);

        assertThat(state.done()).isTrue();
        assertThat(state.settlement().text()).isEqualTo("3 of 3 settled");
        assertThat(state.gold()).extracting(GoldSpan::range).containsExactly(HEADLINE, DENIAL_BEN, edited);
        assertThat(store.gold().articles().get(batch.k1)).hasValueSatisfying(s -> assertThat(s.done()).isTrue());

        GoldSpan accepted = state.gold().get(1);
        assertThat(service.history(accepted.id())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.ACCEPT);
            assertThat(d.disagreementKind()).isEqualTo(DisagreementKind.BOUNDARY);
            assertThat(d.proposers()).containsExactly("ben");
            assertThat(d.curator()).isEqualTo("cora");
            assertThat(d.reason()).isEqualTo("the full stop belongs to the sentence");
            assertThat(d.sources()).extracting(DecisionSource::annotatorName, DecisionSource::range, DecisionSource::chosen)
                    .containsExactly(tuple("anna", DENIAL_ANNA, false), tuple("ben", DENIAL_BEN, true));
        });
        assertThat(state.trail()).filteredOn(d -> d.kind() == DecisionKind.REJECT).singleElement()
                .satisfies(d -> {
                    assertThat(d.goldSpanId()).isNull();
                    assertThat(d.reason()).isEqualTo("hedge, not a claim");
                    assertThat(d.sources()).extracting(DecisionSource::range).containsExactly(SOME_THINK);
                });
        assertThat(service.history(state.gold().get(2).id())).singleElement()
                .satisfies(d -> assertThat(d.proposers()).containsExactly("anna"));
    }

    @Test
    void undoAndRedoMoveTheGoldLayerAndAreRecordedToo() {
        ArticleAdjudication state = cora.open(batch.k1);
        GroupKey boundary = state.disagreements().get(0).key();
        state = cora.accept(batch.k1, boundary, DENIAL_ANNA, null);
        long goldId = state.gold().get(1).id();

        state = cora.undo(batch.k1);
        assertThat(state.gold()).extracting(GoldSpan::range).containsExactly(HEADLINE);
        assertThat(state.isSettled(boundary)).isFalse();
        assertThat(state.nextRedo()).map(Decision::kind).contains(DecisionKind.ACCEPT);

        state = cora.redo(batch.k1);
        assertThat(state.gold()).extracting(GoldSpan::id, GoldSpan::range)
                .contains(tuple(goldId, DENIAL_ANNA));
        assertThat(state.isSettled(boundary)).isTrue();
        assertThat(service.history(goldId)).extracting(Decision::kind)
                .containsExactly(DecisionKind.ACCEPT, DecisionKind.UNDO, DecisionKind.REDO);

        cora.undo(batch.k1);
        state = cora.undo(batch.k1); // the pre-acceptance is reversible too
        assertThat(state.gold()).isEmpty();
        assertThat(cora.open(batch.k1).gold()).as("an undone pre-acceptance stays undone").isEmpty();
        assertThatThrownBy(() -> cora.undo(batch.k1))
                .isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo in this article");
    }

    @Test
    void removesEditsAndAddsGoldSpansWithUndo() {
        ArticleAdjudication state = cora.open(batch.k1);
        GoldSpan headline = state.gold().get(0);
        LabeledRange shorter = range(K1, "Kherson is free", "CLAIM");

        state = cora.editGold(batch.k1, headline.id(), shorter, "flag is decoration");
        assertThat(state.gold()).extracting(GoldSpan::id, GoldSpan::range).containsExactly(tuple(headline.id(), shorter));
        state = cora.remove(batch.k1, headline.id(), "not a claim after all");
        assertThat(state.gold()).isEmpty();
        LabeledRange officials = range(K1, "officials said", "CLAIM");
        state = cora.add(batch.k1, officials, "everyone missed it");
        assertThat(state.gold()).extracting(GoldSpan::range).containsExactly(officials);

        cora.undo(batch.k1);
        state = cora.undo(batch.k1);
        assertThat(state.gold()).extracting(GoldSpan::id, GoldSpan::range).containsExactly(tuple(headline.id(), shorter));
        state = cora.undo(batch.k1);
        assertThat(state.gold()).extracting(GoldSpan::range).containsExactly(HEADLINE);
        assertThat(service.history(headline.id())).extracting(Decision::kind, Decision::reason).containsExactly(
                tuple(DecisionKind.PRE_ACCEPT, null), tuple(DecisionKind.EDIT, "flag is decoration"),
                tuple(DecisionKind.REMOVE, "not a claim after all"), tuple(DecisionKind.UNDO, null),
                tuple(DecisionKind.UNDO, null));
    }

    @Test
    void refusesDecisionsThatDoNotApplyAndWritesNothing() {
        ArticleAdjudication state = cora.open(batch.k1);
        GroupKey boundary = state.disagreements().get(0).key();
        int decisions = store.gold().decisions().count();
        int flag = K1.indexOf("🇺🇦");

        assertThatThrownBy(() -> cora.edit(batch.k1, boundary, null, new LabeledRange(flag + 1, flag + 6, "CLAIM"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset " + (flag + 1) + " falls inside a surrogate pair");
        assertThatThrownBy(() -> cora.edit(batch.k1, boundary, null, new LabeledRange(0, 5, "RUMOUR"), null))
                .hasMessage("unknown label 'RUMOUR'");
        assertThatThrownBy(() -> cora.accept(batch.k1, boundary, SOME_THINK, null))
                .hasMessage("no annotator proposed " + SOME_THINK + " in this disagreement");
        assertThatThrownBy(() -> cora.accept(batch.k1, new GroupKey("1,2,3"), DENIAL_ANNA, null))
                .hasMessageContaining("no longer exists");
        assertThatThrownBy(() -> cora.add(batch.k1, HEADLINE, null)).hasMessage("gold already has " + HEADLINE);
        cora.reject(batch.k1, boundary, null);
        assertThatThrownBy(() -> cora.reject(batch.k1, boundary, null)).hasMessageContaining("already settled");
        assertThatThrownBy(() -> cora.accept(batch.k1, boundary, DENIAL_ANNA, null)).hasMessageContaining("was rejected");

        assertThat(store.gold().decisions().count()).isEqualTo(decisions + 1);
        assertThat(store.gold().spans().forArticle(batch.k1)).hasSize(1);
    }

    @Test
    void aCuratorMayAcceptBothVersionsOfADisagreement() {
        ArticleAdjudication state = cora.open(batch.k1);
        GroupKey label = state.disagreements().get(2).key();
        cora.accept(batch.k1, label, TROOPS_ANNA, null);
        state = cora.accept(batch.k1, label, range(K1, "troops may return", "CLAIM"), "both readings hold");

        assertThat(state.settledBy(label)).hasSize(2);
        assertThat(state.settlement().settled()).isEqualTo(1);
    }

    @Test
    void autoPreAcceptsTheFinishedBatchAndReportsWhatIsLeft() {
        List<ArticleProgress> results = service.autoPreAccept(both, "cora", Progress.NONE);

        assertThat(results)
                .extracting(r -> r.article().externalId(), ArticleProgress::preAccepted,
                        r -> r.settlement().text(), ArticleProgress::openByKind)
                .containsExactly(
                        tuple("k1", 1, "0 of 3 settled", Map.of(DisagreementKind.BOUNDARY, 1, DisagreementKind.MISSING, 1,
                                DisagreementKind.LABEL, 1)),
                        tuple("k2", 1, "0 of 1 settled", Map.of(DisagreementKind.MISSING, 1)));
        assertThat(service.autoPreAccept(both, "cora", Progress.NONE))
                .extracting(ArticleProgress::preAccepted).containsExactly(0, 0);
        assertThat(store.gold().spans().forArticle(batch.k2)).extracting(GoldSpan::range)
                .containsExactly(range(K2, "Power is back 😀", "CLAIM"));
    }

    @Test
    void goldOverviewFollowsTheAnnotatorsCurrentSpans() {
        ArticleAdjudication k2 = cora.open(batch.k2);
        cora.accept(batch.k2, k2.disagreements().get(0).key(), range(K2, "Prices fell", "CLAIM"), null);
        cora.open(batch.k1);

        assertThat(service.goldOverview())
                .extracting(o -> o.article().externalId(), GoldOverview::goldSpans, o -> o.settlement().text(), GoldOverview::status)
                .containsExactly(tuple("k1", 1, "0 of 3 settled", "open"), tuple("k2", 2, "1 of 1 settled", "done"));
        assertThat(service.doneArticleIds()).containsExactly(batch.k2);

        store.spans().insert(batch.k2, batch.ben.id(), 0, 5, "DENIAL", null); // ben reopened and added a span
        assertThat(service.goldOverview()).extracting(o -> o.settlement().text()).containsExactly("0 of 3 settled", "1 of 2 settled");
        assertThat(service.doneArticleIds()).isEmpty();
    }
}
