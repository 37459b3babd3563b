package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of claim clusters hold in the database itself: a second connection writing plain SQL, which skips
 * every check of the program, is refused.
 */
class ClusterStoreTest {
    private static final String TEXT_A = "Russia ordered its troops to leave the west bank. Kyiv denied any retreat.";
    private static final String TEXT_B = "Moscow told soldiers to withdraw from the west bank 👍 of the Dnipro.";
    private Database database;
    private Store store;
    private long articleA;
    private long articleB;
    private long anna;
    private long ben;
    private Span claimA;
    private Span denialA;
    private Span claimB;
    private Span bensClaim;
    private Span source;

    @BeforeEach
    void openFreshDatabase() {
        database = TestDatabase.fresh();
        store = database.store();
        articleA = store.articles().insert(new NewArticle("a", "Troops told to leave", "Outlet A", null, "2022-11-09", TEXT_A), "sha-a");
        articleB = store.articles().insert(new NewArticle("b", "Withdrawal", "Outlet B", null, "2022-11-10", TEXT_B), "sha-b");
        anna = store.annotators().getOrCreate("anna").id();
        ben = store.annotators().getOrCreate("ben").id();
        claimA = store.spans().insert(articleA, anna, 0, 48, Label.CLAIM, null);
        denialA = store.spans().insert(articleA, anna, 50, 74, Label.DENIAL, null);
        claimB = store.spans().insert(articleB, anna, 0, TEXT_B.indexOf(" of the"), Label.CLAIM, null);
        bensClaim = store.spans().insert(articleB, ben, 0, 20, Label.CLAIM, null);
        source = store.spans().insert(articleA, anna, 51, 55, Label.SOURCE, null, SourceType.OFFICIAL, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String rawCluster(long id, long annotator) {
        return "INSERT INTO claim_cluster (id, annotator_id, canonical, settled, created_at, updated_at) VALUES ("
                + id + ", " + annotator + ", 'x', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    }

    private String rawMember(Span span, String label, long annotator, long article, long cluster, String role) {
        return "INSERT INTO claim_member (span_id, article_id, annotator_id, label, cluster_id, role, added_at) VALUES ("
                + span.id() + ", " + article + ", " + annotator + ", '" + label + "', " + cluster + ", '" + role
                + "', CURRENT_TIMESTAMP)";
    }

    @Test
    void aClusterHoldsClaimsOfSeveralArticlesAndAttachedDenials() {
        ClaimCluster cluster = store.clusters().create(anna, "Russia ordered a withdrawal");
        store.clusters().add(claimA, cluster.id(), ClusterRole.MEMBER);
        store.clusters().add(claimB, cluster.id(), ClusterRole.MEMBER);
        store.clusters().add(denialA, cluster.id(), ClusterRole.ATTACHED);
        assertThat(store.clusters().members(cluster.id())).extracting(ClusterMember::spanId, ClusterMember::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(claimA.id(), ClusterRole.MEMBER),
                        org.assertj.core.groups.Tuple.tuple(claimB.id(), ClusterRole.MEMBER),
                        org.assertj.core.groups.Tuple.tuple(denialA.id(), ClusterRole.ATTACHED));
        // the span's own text, cut by the database, whole emoji included
        assertThat(store.clusters().clusterSpans(cluster.id())).extracting(ClaimSpan::text, ClaimSpan::outlet)
                .contains(org.assertj.core.groups.Tuple.tuple("Moscow told soldiers to withdraw from the west bank 👍", "Outlet B"),
                        org.assertj.core.groups.Tuple.tuple("Kyiv denied any retreat.", "Outlet A"));
        assertThat(store.clusters().forAnnotator(anna)).containsExactly(cluster);
        assertThat(store.clusters().forAnnotator(ben)).isEmpty();
    }

    @Test
    void aSpanIsInAtMostOneCluster() throws SQLException {
        ClaimCluster one = store.clusters().create(anna, "one");
        ClaimCluster two = store.clusters().create(anna, "two");
        store.clusters().add(claimA, one.id(), ClusterRole.MEMBER);
        assertThatThrownBy(() -> store.clusters().add(claimA, two.id(), ClusterRole.MEMBER))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.PK_CLAIM_MEMBER);
        assertThatThrownBy(() -> sql(rawMember(claimA, "CLAIM", anna, articleA, two.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("pk_claim_member"));
        assertThat(store.clusters().memberOf(claimA.id())).hasValueSatisfying(m -> assertThat(m.clusterId()).isEqualTo(one.id()));
    }

    @Test
    void aSpanJoinsOnlyAClusterOfItsOwnAnnotator() throws SQLException {
        ClaimCluster annas = store.clusters().create(anna, "annas");
        // through the program: the key that carries the annotator does not match
        assertThatThrownBy(() -> store.clusters().add(bensClaim, annas.id(), ClusterRole.MEMBER))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.FK_CLAIM_MEMBER_CLUSTER);
        // lying about the annotator either way is refused by one of the two keys
        assertThatThrownBy(() -> sql(rawMember(bensClaim, "CLAIM", anna, articleB, annas.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("fk_claim_member_span"));
        assertThatThrownBy(() -> sql(rawMember(bensClaim, "CLAIM", ben, articleB, annas.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("fk_claim_member_cluster"));
        // lying about the label or the article: the composite key onto the span does not match
        assertThatThrownBy(() -> sql(rawMember(denialA, "CLAIM", anna, articleA, annas.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("fk_claim_member_span"));
        assertThatThrownBy(() -> sql(rawMember(claimA, "CLAIM", anna, articleB, annas.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("fk_claim_member_span"));
        assertThat(store.clusters().members(annas.id())).isEmpty();
    }

    @Test
    void onlyClaimsAreMembersAndOnlyDenialsAndSpeculationsAreAttached() throws SQLException {
        ClaimCluster cluster = store.clusters().create(anna, "c");
        assertThatThrownBy(() -> sql(rawMember(denialA, "DENIAL", anna, articleA, cluster.id(), "MEMBER")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_claim_member_role"));
        assertThatThrownBy(() -> sql(rawMember(claimA, "CLAIM", anna, articleA, cluster.id(), "ATTACHED")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_claim_member_role"));
        assertThatThrownBy(() -> sql(rawMember(source, "SOURCE", anna, articleA, cluster.id(), "ATTACHED")))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_claim_member_role"));
        assertThatThrownBy(() -> store.clusters().add(source, cluster.id(), ClusterRole.of(source.label())))
                .isInstanceOf(StoreException.class);
        // a relabel that would turn a member claim into a denial is refused (the label cascades into the row)
        store.clusters().add(claimA, cluster.id(), ClusterRole.MEMBER);
        assertThatThrownBy(() -> store.spans().update(claimA.id(), claimA.start(), claimA.end(), Label.DENIAL, null))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_CLAIM_MEMBER_ROLE);
        assertThat(store.spans().get(claimA.id())).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo(Label.CLAIM));
        // moving its boundaries keeps it in the cluster
        store.spans().update(claimA.id(), 0, 20, Label.CLAIM, null);
        assertThat(store.clusters().memberOf(claimA.id())).isPresent();
    }

    @Test
    void deletingASpanOrAClusterLeavesNoDanglingRow() throws SQLException {
        ClaimCluster cluster = store.clusters().create(anna, "c");
        store.clusters().add(claimA, cluster.id(), ClusterRole.MEMBER);
        store.clusters().add(claimB, cluster.id(), ClusterRole.MEMBER);
        sql("DELETE FROM span WHERE id = " + claimA.id());
        assertThat(store.clusters().members(cluster.id())).extracting(ClusterMember::spanId).containsExactly(claimB.id());
        sql("DELETE FROM claim_cluster WHERE id = " + cluster.id());
        assertThat(store.clusters().memberOf(claimB.id())).isEmpty();
        // and an annotator's deletion takes their clusters along
        ClaimCluster bens = store.clusters().create(ben, "b");
        store.clusters().add(bensClaim, bens.id(), ClusterRole.MEMBER);
        sql("DELETE FROM annotator WHERE id = " + ben);
        assertThat(store.clusters().get(bens.id())).isEmpty();
    }

    @Test
    void aClusterNeedsAWordingAndKeepsItsIdOnRestore() throws SQLException {
        assertThatThrownBy(() -> sql("INSERT INTO claim_cluster (annotator_id, canonical, created_at, updated_at) VALUES ("
                + anna + ", '   ', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_claim_cluster_canonical"));
        ClaimCluster cluster = store.clusters().create(anna, "c");
        store.clusters().delete(cluster.id());
        store.clusters().restore(cluster);
        assertThat(store.clusters().get(cluster.id())).contains(cluster);
        assertThatThrownBy(() -> sql(rawCluster(cluster.id(), anna))).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("pk_claim_cluster"));
    }
}
