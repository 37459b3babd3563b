package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterMember;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claim clusters through the labeling service: each operation one committed edit, undone and redone in the same
 * history as span edits, with the database following exactly (compared as whole snapshots).
 */
class ClaimClustersTest {
    private static final String TEXT_A = "Russia ordered its troops to leave the west bank. Kyiv doubts the retreat is real.";
    private static final String TEXT_B = "Moscow told soldiers to withdraw from the west bank. The withdrawal could take a week.";
    private static final String TEXT_C = "Troops were ordered out of Kherson's west bank. It may be a trap.";
    private Database database;
    private Store store;
    private Article a;
    private Article b;
    private Article c;
    private LabelingService labeling;
    private ClaimClusters claims;

    @BeforeEach
    void openFreshDatabase() {
        database = TestDatabase.fresh();
        store = database.store();
        a = article("a", TEXT_A);
        b = article("b", TEXT_B);
        c = article("c", TEXT_C);
        Annotator anna = store.annotators().getOrCreate("anna");
        labeling = new LabelingService(store, anna);
        claims = labeling.claims();
    }

    private Article article(String id, String text) {
        return store.articles().get(store.articles().insert(new NewArticle(id, "T " + id, "Outlet " + id, null, null, text), "sha-" + id))
                .orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Span span(Article article, String words, String label) {
        int at = article.text().indexOf(words);
        return labeling.createSpan(article, at, at + words.length(), label, true).select();
    }

    /** Every cluster with its wording, settled mark and member span ids: what undo must restore exactly. */
    private Map<String, Object> snapshot() {
        Map<String, Object> all = new TreeMap<>();
        for (ClaimCluster cluster : claims.clusters()) {
            all.put(cluster.id() + " " + cluster.canonical() + " " + cluster.settled(),
                    store.clusters().members(cluster.id()).stream().map(m -> m.spanId() + ":" + m.role()).sorted().toList());
        }
        return all;
    }

    private long clusterOf(Span span) {
        return claims.membership(span.id()).map(ClusterMember::clusterId).orElseThrow();
    }

    @Test
    void groupsClaimsAcrossArticlesAndEveryStepUndoesAndRedoes() {
        Span ordered = span(a, "Russia ordered its troops to leave the west bank", Label.CLAIM);
        Span told = span(b, "Moscow told soldiers to withdraw from the west bank", Label.CLAIM);
        Span out = span(c, "Troops were ordered out of Kherson's west bank", Label.CLAIM);
        Span doubts = span(a, "Kyiv doubts the retreat is real", Label.DENIAL);
        Span week = span(b, "The withdrawal could take a week", Label.CLAIM);

        List<Runnable> steps = List.of(
                () -> claims.start(ordered.id()),
                () -> claims.joinSpan(told.id(), ordered.id()),
                () -> claims.join(doubts.id(), clusterOf(ordered)),
                () -> claims.joinSpan(out.id(), week.id()), // week is in no cluster: a new one holds both
                () -> claims.rename(clusterOf(ordered), "  Russia ordered a withdrawal from the west bank "),
                () -> claims.merge(clusterOf(ordered), clusterOf(out)),
                () -> claims.split(clusterOf(ordered), List.of(week.id())),
                () -> claims.join(out.id(), clusterOf(week)), // a move
                () -> claims.settle(clusterOf(ordered), true),
                () -> claims.leave(week.id()),
                () -> labeling.delete(told.id()));
        List<Map<String, Object>> before = new java.util.ArrayList<>();
        for (Runnable step : steps) {
            before.add(snapshot());
            step.run();
            assertThat(snapshot()).as("a step changes something").isNotEqualTo(before.get(before.size() - 1));
        }
        Map<String, Object> end = snapshot();
        long main = clusterOf(ordered);
        assertThat(claims.cluster(main)).hasValueSatisfying(cl -> {
            assertThat(cl.canonical()).isEqualTo("Russia ordered a withdrawal from the west bank");
            assertThat(cl.settled()).isTrue();
        });
        assertThat(claims.spans(main)).extracting(s -> s.spanId()).containsExactlyInAnyOrder(ordered.id(), doubts.id());
        assertThat(claims.membership(out.id()).map(ClusterMember::clusterId)).isPresent().get().isNotEqualTo(main);
        // week left its cluster, where out had moved in, so that cluster still exists with out alone
        assertThat(claims.membership(week.id())).isEmpty();
        assertThat(claims.clusters()).hasSize(2);

        for (int i = steps.size() - 1; i >= 0; i--) {
            labeling.undo();
            assertThat(snapshot()).as("after undoing step %d", i).isEqualTo(before.get(i));
        }
        assertThat(claims.clusters()).isEmpty();
        for (int i = 0; i < steps.size(); i++) {
            labeling.redo();
        }
        assertThat(snapshot()).isEqualTo(end);
    }

    @Test
    void deletingTheLastSpanOfAClusterDeletesTheClusterAndUndoBringsBothBack() {
        Span ordered = span(a, "Russia ordered its troops to leave the west bank", Label.CLAIM);
        claims.start(ordered.id());
        claims.rename(clusterOf(ordered), "Withdrawal ordered");
        Map<String, Object> before = snapshot();
        labeling.delete(ordered.id());
        assertThat(claims.clusters()).isEmpty();
        labeling.undo();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void movesSeveralSpansInOneStepAndDeletesTheClusterLeftEmpty() {
        Span ordered = span(a, "Russia ordered its troops to leave the west bank", Label.CLAIM);
        Span doubts = span(a, "Kyiv doubts the retreat is real", Label.DENIAL);
        Span told = span(b, "Moscow told soldiers to withdraw from the west bank", Label.CLAIM);
        Span out = span(c, "Troops were ordered out of Kherson's west bank", Label.CLAIM);
        claims.start(ordered.id());
        claims.join(doubts.id(), clusterOf(ordered));
        claims.start(told.id());
        claims.start(out.id());
        long target = clusterOf(out);
        long emptied = clusterOf(told);
        Map<String, Object> before = snapshot();

        claims.move(List.of(told.id(), doubts.id()), target);

        assertThat(claims.spans(target)).extracting(s -> s.spanId()).containsExactlyInAnyOrder(out.id(), told.id(), doubts.id());
        assertThat(claims.cluster(emptied)).isEmpty();
        assertThat(claims.spans(clusterOf(ordered))).extracting(s -> s.spanId()).containsExactly(ordered.id());
        assertThat(store.clusters().memberOf(doubts.id())).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(io.veritag.model.ClusterRole.ATTACHED));
        Map<String, Object> after = snapshot();
        labeling.undo(); // one step
        assertThat(snapshot()).isEqualTo(before);
        labeling.redo();
        assertThat(snapshot()).isEqualTo(after);

        assertThatThrownBy(() -> claims.move(List.of(), target)).hasMessageContaining("Choose the spans");
        assertThatThrownBy(() -> claims.move(List.of(out.id()), target)).hasMessageContaining("already in this claim cluster");
        assertThat(snapshot()).isEqualTo(after);
    }

    @Test
    void refusesWhatTheRulesDoNotAllow() {
        Span ordered = span(a, "Russia ordered its troops to leave the west bank", Label.CLAIM);
        Span doubts = span(a, "Kyiv doubts the retreat is real", Label.DENIAL);
        assertThatThrownBy(() -> claims.start(doubts.id())).isInstanceOf(LabelingException.class).hasMessageContaining("Only a CLAIM");
        claims.start(ordered.id());
        long cluster = clusterOf(ordered);
        assertThatThrownBy(() -> claims.join(ordered.id(), cluster)).hasMessageContaining("already in this claim cluster");
        assertThatThrownBy(() -> claims.rename(cluster, "   ")).hasMessageContaining("needs a wording");
        assertThatThrownBy(() -> claims.merge(cluster, cluster)).hasMessageContaining("itself");
        assertThatThrownBy(() -> claims.leave(doubts.id())).hasMessageContaining("in no claim cluster");
        assertThat(claims.rename(cluster, claims.cluster(cluster).orElseThrow().canonical())).isEmpty();
        // a member claim cannot become a denial behind the cluster's back
        assertThatThrownBy(() -> labeling.relabel(ordered.id(), Label.DENIAL)).isInstanceOf(LabelingException.class)
                .hasMessageContaining("take it out of the cluster");
        // another annotator cannot touch anna's cluster or put spans into it
        LabelingService ben = new LabelingService(store, store.annotators().getOrCreate("ben"));
        Span bens = ben.createSpan(b, 0, 6, Label.CLAIM, true).select();
        assertThatThrownBy(() -> ben.claims().join(bens.id(), cluster)).hasMessageContaining("another annotator");
        assertThatThrownBy(() -> ben.claims().rename(cluster, "mine now")).hasMessageContaining("another annotator");
        assertThatThrownBy(() -> ben.claims().joinSpan(bens.id(), ordered.id())).hasMessageContaining("another annotator");
        assertThat(ben.claims().clusters()).isEmpty();
        assertThat(claims.spans(cluster)).hasSize(1);
    }
}
