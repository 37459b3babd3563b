package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10 §2 on a real PostgreSQL server: every rule of team mode, attacked with plain SQL over a connection
 * of its own, as somebody with psql and their own password would. Each attempt must fail.
 */
@Tag("postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamSecurityTest {
    private final PostgresServer server = PostgresServer.get();
    private String db;
    private String anna;
    private String boris;
    private String carla;
    private String dora;
    private Database admin;
    private long articleId;
    private long annaId;

    @BeforeAll
    void setUpATeam() {
        db = server.freshDatabaseName();
        anna = "anna_" + db;
        boris = "boris_" + db;
        carla = "carla_" + db;
        dora = "dora_" + db;
        admin = Database.openServer(server.location(db), null, null);
        admin.team().init();
        admin.team().init(); // running it again changes nothing
        assertThat(admin.team().initialised()).isTrue();
        assertThat(admin.team().addLogin(anna, TeamAdmin.Role.ANNOTATOR, "anna-pw".toCharArray())).isTrue();
        assertThat(admin.team().addLogin(boris, TeamAdmin.Role.ANNOTATOR, "boris-pw".toCharArray())).isTrue();
        assertThat(admin.team().addLogin(carla, TeamAdmin.Role.CURATOR, "carla-pw".toCharArray())).isTrue();
        server.admin("CREATE ROLE " + dora + " LOGIN PASSWORD 'dora-pw'"); // a login of the server, not of the team
        articleId = admin.store().articles().insert(new NewArticle("a1", "Bridge", null, null, null, "The bridge fell, they said."), "sha-a1");
        try (Database asAnna = as(anna, "anna-pw")) {
            annaId = asAnna.store().annotators().getOrCreate(anna).id();
            asAnna.store().spans().insert(articleId, annaId, 4, 10, "CLAIM", "anna's");
        }
    }

    @AfterAll
    void close() {
        admin.close();
    }

    private Database as(String login, String password) {
        return Database.openServer(server.location(db).as(login), password.toCharArray(), null);
    }

    private Connection psql(String login, String password) throws SQLException {
        return server.connect(db, login, password);
    }

    private long idOf(Connection connection, String login) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO annotator (name, created_at) SELECT '" + login + "', now()"
                    + " WHERE NOT EXISTS (SELECT 1 FROM annotator WHERE name = '" + login + "')");
            var result = statement.executeQuery("SELECT id FROM annotator WHERE name = '" + login + "'");
            result.next();
            return result.getLong(1);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void anAnnotatorCannotWriteSpansAsAnother() throws SQLException {
        try (Connection borisSql = psql(boris, "boris-pw"); Statement statement = borisSql.createStatement()) {
            idOf(borisSql, boris);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO span (article_id, article_length, annotator_id,"
                    + " start_offset, end_offset, label, created_at, updated_at) VALUES (" + articleId + ", 27, " + annaId
                    + ", 0, 3, 'DENIAL', now(), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            // anna's existing span cannot be changed, moved to boris, or deleted by boris: he does not even see it
            assertThat(statement.executeUpdate("UPDATE span SET label = 'DENIAL' WHERE annotator_id = " + annaId)).isZero();
            assertThat(statement.executeUpdate("DELETE FROM span WHERE annotator_id = " + annaId)).isZero();
            // nor can he register another name, or set another's status
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO annotator (name, created_at) VALUES ('mallory', now())"))
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO article_status (article_id, annotator_id, status, updated_at)"
                    + " VALUES (" + articleId + ", " + annaId + ", 'DONE', now())"))
                    .hasMessageContaining("row-level security");
            // and cannot become anna or a curator
            assertThatThrownBy(() -> statement.execute("SET SESSION AUTHORIZATION " + anna)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("SET ROLE veritag_curator")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("SET ROLE " + anna)).isInstanceOf(SQLException.class);
        }
        assertThat(admin.store().spans().forArticle(articleId, annaId)).extracting(Span::label, Span::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CLAIM", 4));
    }

    @Test
    void theProgramRefusesItTooWithOneLine() {
        try (Database asBoris = as(boris, "boris-pw")) {
            asBoris.store().annotators().getOrCreate(boris);
            assertThatThrownBy(() -> asBoris.store().spans().insert(articleId, annaId, 0, 3, "DENIAL", null))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Not allowed for this login on the team server")
                    .satisfies(e -> assertThat(e.getMessage()).hasLineCount(1));
            assertThatThrownBy(() -> asBoris.store().annotators().getOrCreate("anna-impostor")).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void blindLabelingHidesOthersSpansUntilTheArticleIsDone() throws SQLException {
        try (Connection borisSql = psql(boris, "boris-pw"); Statement statement = borisSql.createStatement()) {
            long borisId = idOf(borisSql, boris);
            String annaSpans = "SELECT count(*) FROM span WHERE annotator_id = " + annaId;
            assertThat(count(borisSql, annaSpans)).isZero();
            assertThat(count(borisSql, "SELECT count(*) FROM span")).isZero();
            // a curator turning it off lets everyone read; on again hides them again
            admin.team().setBlindLabeling(false);
            assertThat(count(borisSql, annaSpans)).isEqualTo(1);
            admin.team().setBlindLabeling(true);
            assertThat(count(borisSql, annaSpans)).isZero();
            // an annotator cannot change the setting
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE project_setting SET setting_value = 'false'"))
                    .hasMessageContaining("permission denied");
            // once boris marks the article done, he may compare
            statement.executeUpdate("INSERT INTO article_status (article_id, annotator_id, status, updated_at) VALUES ("
                    + articleId + ", " + borisId + ", 'DONE', now())");
            assertThat(count(borisSql, annaSpans)).isEqualTo(1);
            statement.executeUpdate("DELETE FROM article_status WHERE annotator_id = " + borisId);
            assertThat(count(borisSql, annaSpans)).isZero();
        }
    }

    @Test
    void claimClustersAreEachAnnotatorsOwnAndHiddenWhileBlind() throws SQLException {
        long clusterId;
        try (Database asAnna = as(anna, "anna-pw")) {
            Span claim = asAnna.store().spans().forArticle(articleId, annaId).get(0); // her CLAIM of the set-up
            clusterId = asAnna.store().clusters().create(annaId, "The bridge fell").id();
            asAnna.store().clusters().add(claim, clusterId, io.veritag.model.ClusterRole.MEMBER);
        }
        try (Connection borisSql = psql(boris, "boris-pw"); Statement statement = borisSql.createStatement()) {
            long borisId = idOf(borisSql, boris);
            assertThat(count(borisSql, "SELECT count(*) FROM claim_cluster WHERE annotator_id = " + annaId)).isZero();
            assertThat(count(borisSql, "SELECT count(*) FROM claim_member WHERE annotator_id = " + annaId)).isZero();
            // no cluster in anna's name, no renaming or deleting hers
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO claim_cluster (annotator_id, canonical, settled, created_at,"
                    + " updated_at) VALUES (" + annaId + ", 'mine', false, now(), now())")).hasMessageContaining("row-level security");
            assertThat(statement.executeUpdate("UPDATE claim_cluster SET canonical = 'hijacked' WHERE id = " + clusterId)).isZero();
            assertThat(statement.executeUpdate("DELETE FROM claim_cluster WHERE id = " + clusterId)).isZero();
            // nor a membership in her name (into her cluster, of her span)
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO claim_member (span_id, article_id, annotator_id, label,"
                    + " cluster_id, role, added_at) VALUES (" + (long) -1 + ", " + articleId + ", " + annaId + ", 'CLAIM', " + clusterId
                    + ", 'MEMBER', now())")).hasMessageContaining("row-level security");
            assertThat(borisId).isNotEqualTo(annaId);
            admin.team().setBlindLabeling(false);
            try {
                assertThat(count(borisSql, "SELECT count(*) FROM claim_cluster WHERE annotator_id = " + annaId)).isEqualTo(1);
            } finally {
                admin.team().setBlindLabeling(true);
            }
        }
        assertThat(admin.store().clusters().get(clusterId)).hasValueSatisfying(c -> assertThat(c.canonical()).isEqualTo("The bridge fell"));
        assertThat(admin.store().clusters().members(clusterId)).hasSize(1);
    }

    @Test
    void goldClaimClustersAreForCuratorsOnly() throws SQLException {
        long clusterId;
        try (Database asCarla = as(carla, "carla-pw")) {
            asCarla.store().gold().curators().getOrCreate(carla);
            // a DENIAL (attached), so that the other tests' queries over gold CLAIMs of this article are not disturbed
            var fell = asCarla.store().gold().spans().insert(articleId, new io.veritag.model.gold.LabeledRange(11, 15, "DENIAL"));
            clusterId = asCarla.store().gold().clusters().create("The bridge fell").id();
            asCarla.store().gold().clusters().add(fell.id(), clusterId);
            assertThat(asCarla.store().gold().clusters().members(clusterId)).hasSize(1);
        }
        try (Connection borisSql = psql(boris, "boris-pw"); Statement statement = borisSql.createStatement()) {
            idOf(borisSql, boris);
            // a blind annotator neither reads gold clusters nor writes them, even with blind labeling off
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM gold_claim_cluster"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM gold_claim_member"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO gold_claim_cluster (canonical, created_at)"
                    + " VALUES ('mine', now())")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM gold_claim_member")).hasMessageContaining("permission denied");
            admin.team().setBlindLabeling(false);
            try {
                assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM gold_claim_cluster"))
                        .hasMessageContaining("permission denied");
            } finally {
                admin.team().setBlindLabeling(true);
            }
        }
        try (Database asBoris = as(boris, "boris-pw")) {
            assertThat(asBoris.store().gold().readable()).isFalse();
        }
        assertThat(admin.store().gold().clusters().get(clusterId)).isPresent();
    }

    @Test
    void onlyCuratorsWriteGoldAndOnlyInTheirOwnName() throws SQLException {
        try (Connection borisSql = psql(boris, "boris-pw"); Statement statement = borisSql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO gold_span (article_id, article_length, start_offset,"
                    + " end_offset, label, created_at, updated_at) VALUES (" + articleId + ", 27, 4, 10, 'CLAIM', now(), now())"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO curator (name, created_at) VALUES ('" + boris + "', now())"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM gold_decision"))
                    .hasMessageContaining("permission denied");
            // gold links too: an annotator neither writes nor reads them, nor the trail of link decisions
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO gold_link (article_id, from_gold_span_id, from_label,"
                    + " to_gold_span_id, to_label, link_type, created_at) VALUES (" + articleId + ", 1, 'CLAIM', 2, 'SOURCE',"
                    + " 'SAID_BY', now())"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM gold_link")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM gold_decision_link"))
                    .hasMessageContaining("permission denied");
        }
        long carlaId;
        try (Database asCarla = as(carla, "carla-pw")) {
            carlaId = asCarla.store().gold().curators().getOrCreate(carla).id();
            // curators read every span, blind or not
            assertThat(asCarla.store().spans().forArticle(articleId, annaId)).hasSize(1);
        }
        admin.store().gold().curators().getOrCreate("erin_" + db);
        try (Connection carlaSql = psql(carla, "carla-pw"); Statement statement = carlaSql.createStatement()) {
            statement.executeUpdate("INSERT INTO gold_span (article_id, article_length, start_offset, end_offset, label,"
                    + " created_at, updated_at) VALUES (" + articleId + ", 27, 4, 10, 'CLAIM', now(), now())");
            long erinId = count(carlaSql, "SELECT id FROM curator WHERE name = 'erin_" + db + "'");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO gold_decision (article_id, curator_id, decided_at, kind)"
                    + " VALUES (" + articleId + ", " + erinId + ", now(), 'ADD')"))
                    .hasMessageContaining("row-level security");
            assertThat(statement.executeUpdate("INSERT INTO gold_decision (article_id, curator_id, decided_at, kind)"
                    + " VALUES (" + articleId + ", " + carlaId + ", now(), 'ADD')")).isEqualTo(1);
            // and links gold spans (the program's own store, as the window would)
            statement.executeUpdate("INSERT INTO gold_span (article_id, article_length, start_offset, end_offset, label,"
                    + " created_at, updated_at) VALUES (" + articleId + ", 27, 0, 3, 'SOURCE', now(), now())");
            assertThat(statement.executeUpdate("INSERT INTO gold_link (article_id, from_gold_span_id, from_label, to_gold_span_id,"
                    + " to_label, link_type, created_at) SELECT " + articleId + ", c.id, 'CLAIM', s.id, 'SOURCE', 'SAID_BY', now()"
                    + " FROM gold_span c, gold_span s WHERE c.article_id = " + articleId + " AND c.label = 'CLAIM'"
                    + " AND s.article_id = " + articleId + " AND s.label = 'SOURCE'")).isEqualTo(1);
            // a curator labels as themselves only, like everyone
            assertThat(statement.executeUpdate("UPDATE span SET label = 'DENIAL' WHERE annotator_id = " + annaId)).isZero();
            assertThat(statement.executeUpdate("DELETE FROM span WHERE annotator_id = " + annaId)).isZero();
        }
    }

    @Test
    void loginsOutsideTheTeamAndWrongPasswordsDoNotGetIn() {
        assertThatThrownBy(() -> psql(dora, "dora-pw")).hasMessageContaining("permission denied for database");
        assertThatThrownBy(() -> as(anna, "Tr0ub4dor"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the server refused the login")
                .hasMessageNotContaining("Tr0ub4dor");
    }

    @Test
    void everyAnnotatorSeesEveryonesProgress() {
        try (Database asAnna = as(anna, "anna-pw"); Database asBoris = as(boris, "boris-pw")) {
            long borisId = asBoris.store().annotators().getOrCreate(boris).id();
            asAnna.store().statuses().set(articleId, annaId, ArticleStatus.IN_PROGRESS);
            assertThat(asBoris.store().statuses().get(articleId, annaId)).isEqualTo(ArticleStatus.IN_PROGRESS);
            assertThat(asBoris.store().annotators().all()).extracting(a -> a.name()).contains(anna, boris);
            assertThatThrownBy(() -> asBoris.store().statuses().set(articleId, annaId, ArticleStatus.DONE))
                    .hasMessageStartingWith("Not allowed");
            asBoris.store().statuses().set(articleId, borisId, ArticleStatus.TODO);
        }
    }

    @Test
    void namesAreCheckedBeforeAnyStatementIsBuilt() {
        assertThatThrownBy(() -> admin.team().addLogin("x\"; DROP TABLE span; --", TeamAdmin.Role.ANNOTATOR, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("letters, digits");
        assertThat(admin.store().spans().forArticle(articleId, annaId)).hasSize(1);
    }
}
