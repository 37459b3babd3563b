package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.AdjudicationFixture.K1;
import static io.veritag.service.adjudication.AdjudicationFixture.K2;
import static io.veritag.service.adjudication.AdjudicationFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterRole;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.GoldClusterMember;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: adjudication settles claim clusters into gold. Each gold span put into a gold cluster or taken out is
 * a decision of its article's audit trail, undone and redone there; a gold cluster lives while something is in it.
 */
class GoldClusterCurationTest {
    private static final LabeledRange KHERSON = range(K1, "Kherson is free 🇺🇦 now", "CLAIM");
    private static final LabeledRange DENIED = range(K1, "Russia denied it", "DENIAL");
    private static final LabeledRange POWER = range(K2, "Power is back 😀", "CLAIM");
    private static final LabeledRange PRICES = range(K2, "Prices fell", "CLAIM");

    private Database database;
    private Store store;
    private AdjudicationFixture fixture;
    private CurationSession cora;
    private GoldClusterCuration clusters;
    private ClaimCluster annas;

    @BeforeEach
    void setUp() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        fixture = new AdjudicationFixture(store);
        AdjudicationService service = new AdjudicationService(store);
        cora = service.session(service.annotators(List.of()), "cora");
        clusters = cora.clusters();
        // anna's cluster: the headline claims of both articles, her denial attached, and her lone "Prices fell"
        annas = store.clusters().create(fixture.anna.id(), "Things are back to normal");
        store.clusters().add(span(fixture.k1, fixture.anna, KHERSON), annas.id(), ClusterRole.MEMBER);
        store.clusters().add(span(fixture.k1, fixture.anna, DENIED), annas.id(), ClusterRole.ATTACHED);
        store.clusters().add(span(fixture.k2, fixture.anna, POWER), annas.id(), ClusterRole.MEMBER);
        store.clusters().add(span(fixture.k2, fixture.anna, PRICES), annas.id(), ClusterRole.MEMBER);
        // gold: the unanimous claims are pre-accepted; anna's version of the denial is accepted
        ArticleAdjudication k1 = cora.open(fixture.k1);
        cora.open(fixture.k2);
        cora.accept(fixture.k1, group(k1, DENIED).key(), DENIED, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Span span(long article, Annotator annotator, LabeledRange range) {
        return store.spans().forArticle(article, annotator.id()).stream()
                .filter(s -> s.start() == range.start() && s.end() == range.end()).findFirst().orElseThrow();
    }

    private static SpanGroup group(ArticleAdjudication state, LabeledRange version) {
        return state.disagreements().stream().filter(g -> g.versions().stream().anyMatch(v -> v.range().equals(version)))
                .findFirst().orElseThrow();
    }

    private GoldSpan gold(long article, LabeledRange range) {
        return store.gold().spans().forArticle(article).stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
    }

    /** Every gold cluster with its wording and gold spans: what undo and redo must bring back exactly. */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> all = new TreeMap<>();
        for (GoldCluster c : store.gold().clusters().all()) {
            all.put(c.id() + " " + c.canonical(), store.gold().clusters().members(c.id()).stream()
                    .map(m -> m.goldSpanId() + ":" + m.label() + ":" + m.role()).toList());
        }
        return all;
    }

    private List<Decision> clusterDecisions(long article) {
        return store.gold().decisions().forArticle(article).stream().filter(Decision::isAboutCluster).toList();
    }

    @Test
    void acceptingAnAnnotatorsClusterPutsItsGoldSpansIntoOneGoldClusterWithTheTrail() {
        GoldClusterCuration.Acceptance done = clusters.accept(annas.id(), fixture.k1, "the same event");

        assertThat(done.joined()).as("Kherson, the denial, Power").isEqualTo(3);
        assertThat(done.notInGold()).as("Prices fell is anna's alone, not in gold").isEqualTo(1);
        assertThat(done.cluster().canonical()).isEqualTo("Things are back to normal");
        assertThat(store.gold().clusters().members(done.cluster().id())).extracting(GoldClusterMember::goldSpanId, GoldClusterMember::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(gold(fixture.k1, KHERSON).id(), ClusterRole.MEMBER),
                        org.assertj.core.groups.Tuple.tuple(gold(fixture.k1, DENIED).id(), ClusterRole.ATTACHED),
                        org.assertj.core.groups.Tuple.tuple(gold(fixture.k2, POWER).id(), ClusterRole.MEMBER));
        assertThat(done.shown().article().id()).isEqualTo(fixture.k1);
        // one decision per gold span, in its own article, naming the cluster and the annotator span it came from
        assertThat(clusterDecisions(fixture.k1)).hasSize(2).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.CLUSTER_IN);
            assertThat(d.curator()).isEqualTo("cora");
            assertThat(d.reason()).isEqualTo("the same event");
            assertThat(d.cluster()).isEqualTo(done.cluster());
            assertThat(d.proposers()).containsExactly("anna");
        });
        Decision power = clusterDecisions(fixture.k2).get(0);
        assertThat(power.goldSpanId()).isEqualTo(gold(fixture.k2, POWER).id());
        assertThat(power.sources()).singleElement().satisfies(s -> assertThat(s.range()).isEqualTo(POWER));
        assertThat(DecisionText.describe(power, K2, id -> id == fixture.anna.id() ? "anna" : "?", List.of()))
                .contains("put CLAIM «Power is back 😀» into gold claim cluster “Things are back to normal” · from the cluster of anna",
                        "why: the same event");
        // the span's history shows it too
        assertThat(new AdjudicationService(store).history(gold(fixture.k2, POWER).id())).extracting(Decision::kind)
                .containsExactly(DecisionKind.PRE_ACCEPT, DecisionKind.CLUSTER_IN);

        // once "Prices fell" is in gold, accepting the cluster again adds just it, to the same gold cluster
        ArticleAdjudication k2 = cora.open(fixture.k2);
        cora.accept(fixture.k2, group(k2, PRICES).key(), PRICES, null);
        GoldClusterCuration.Acceptance again = clusters.accept(annas.id(), null, null);
        assertThat(again.cluster()).isEqualTo(done.cluster());
        assertThat(again.joined()).isEqualTo(1);
        assertThat(again.shown()).isNull();
        assertThatThrownBy(() -> clusters.accept(annas.id(), null, null)).hasMessageContaining("already has the spans of this cluster together");
    }

    @Test
    void everyStepIsUndoneAndRedoneInItsArticleAndAnEmptiedClusterComesBackUnderItsId() {
        Map<String, List<String>> none = snapshot();
        GoldClusterCuration.Acceptance done = clusters.accept(annas.id(), fixture.k1, null);
        Map<String, List<String>> accepted = snapshot();

        cora.undo(fixture.k2);
        assertThat(store.gold().clusters().memberOf(gold(fixture.k2, POWER).id())).isEmpty();
        assertThat(store.gold().clusters().members(done.cluster().id())).hasSize(2);
        cora.undo(fixture.k1);
        cora.undo(fixture.k1);
        assertThat(snapshot()).as("the cluster left empty is gone").isEqualTo(none);
        assertThat(store.gold().clusters().get(done.cluster().id())).isEmpty();

        cora.redo(fixture.k1);
        cora.redo(fixture.k1);
        cora.redo(fixture.k2);
        assertThat(snapshot()).isEqualTo(accepted);
        assertThat(store.gold().decisions().forArticle(fixture.k1).stream().map(Decision::kind).toList())
                .endsWith(DecisionKind.CLUSTER_IN, DecisionKind.CLUSTER_IN, DecisionKind.UNDO, DecisionKind.UNDO,
                        DecisionKind.REDO, DecisionKind.REDO);

        // a gold span in a gold cluster is neither removed nor relabelled behind the cluster's back
        long kherson = gold(fixture.k1, KHERSON).id();
        assertThatThrownBy(() -> cora.remove(fixture.k1, kherson, null)).hasMessageContaining("gold claim cluster");
        assertThatThrownBy(() -> cora.editGold(fixture.k1, kherson, new LabeledRange(KHERSON.start(), KHERSON.end(), "DENIAL"), null))
                .hasMessageContaining("gold claim cluster");
        // a boundary change is fine: the membership follows the gold span
        cora.editGold(fixture.k1, kherson, new LabeledRange(KHERSON.start(), KHERSON.end() - " now".length(), "CLAIM"), null);
        assertThat(store.gold().clusters().memberOf(kherson)).isPresent();
        cora.undo(fixture.k1);
        assertThat(snapshot()).isEqualTo(accepted);
    }

    @Test
    void aGoldSpanStartsJoinsAndLeavesAGoldClusterAndTheChoicesSayWhatIsPossible() {
        ArticleAdjudication k2 = cora.open(fixture.k2);
        cora.accept(fixture.k2, group(k2, PRICES).key(), PRICES, null);
        long prices = gold(fixture.k2, PRICES).id();
        long power = gold(fixture.k2, POWER).id();
        long denied = gold(fixture.k1, DENIED).id();

        assertThat(clusters.choices(fixture.k2, prices)).containsExactly(new GoldClusterCuration.Start("Prices fell"),
                new GoldClusterCuration.Accept(fixture.anna.id(), annas, 4));
        assertThatThrownBy(() -> clusters.start(fixture.k1, denied, null)).hasMessageContaining("only a gold CLAIM starts");

        clusters.start(fixture.k2, prices, "prices");
        GoldCluster started = store.gold().clusters().all().get(0);
        assertThat(started.canonical()).isEqualTo("Prices fell");
        clusters.join(fixture.k2, power, started.id(), null);
        clusters.join(fixture.k1, denied, started.id(), null);
        assertThat(store.gold().clusters().members(started.id())).hasSize(3);
        assertThat(clusters.choices(fixture.k2, power)).startsWith(new GoldClusterCuration.Leave(started));
        assertThat(clusters.choices(fixture.k1, gold(fixture.k1, KHERSON).id()))
                .contains(new GoldClusterCuration.Join(started, 3));
        assertThatThrownBy(() -> clusters.join(fixture.k2, power, started.id(), null)).hasMessageContaining("already in a gold claim cluster");

        clusters.leave(fixture.k2, prices, null);
        clusters.leave(fixture.k2, power, null);
        clusters.leave(fixture.k1, denied, null);
        assertThat(store.gold().clusters().all()).as("left empty, the gold cluster is deleted").isEmpty();
        assertThatThrownBy(() -> clusters.leave(fixture.k1, denied, null)).hasMessageContaining("in no gold claim cluster");
        cora.undo(fixture.k1);
        assertThat(store.gold().clusters().get(started.id())).hasValueSatisfying(c -> assertThat(c.canonical()).isEqualTo("Prices fell"));
        assertThat(store.gold().clusters().members(started.id())).extracting(GoldClusterMember::goldSpanId).containsExactly(denied);
    }

    @Test
    void onlyACompareAnnotatorsClusterIsAcceptedAndOnlyWhenSomethingIsInGold() {
        Annotator cleo = store.annotators().getOrCreate("cleo");
        long cleoSpan = store.spans().insert(fixture.k1, cleo.id(), KHERSON.start(), KHERSON.end(), "CLAIM", null).id();
        ClaimCluster cleos = store.clusters().create(cleo.id(), "Kherson");
        store.clusters().add(store.spans().get(cleoSpan).orElseThrow(), cleos.id(), ClusterRole.MEMBER);
        assertThatThrownBy(() -> clusters.accept(cleos.id(), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not compared");

        ClaimCluster lonely = store.clusters().create(fixture.anna.id(), "Prices");
        store.clusters().remove(span(fixture.k2, fixture.anna, PRICES).id());
        store.clusters().add(span(fixture.k2, fixture.anna, PRICES), lonely.id(), ClusterRole.MEMBER);
        assertThatThrownBy(() -> clusters.accept(lonely.id(), null, null)).hasMessageContaining("none of the spans of this cluster is in gold");
        assertThat(store.gold().clusters().all()).isEmpty();
        assertThat(store.gold().decisions().forArticle(fixture.k2).stream().filter(Decision::isAboutCluster)).isEmpty();
    }
}
