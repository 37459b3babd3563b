package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of links and sources hold in the database itself: a second connection writing plain SQL, which
 * skips every check of the program, is refused.
 */
class LinkStoreTest {
    private Database database;
    private Store store;
    private long articleId;
    private long otherArticleId;
    private long anna;
    private long ben;
    private Span claim;
    private Span denial;
    private Span speculation;
    private Span source;

    @BeforeEach
    void openFreshDatabase() {
        database = Database.inMemory();
        store = database.store();
        articleId = store.articles().insert(new NewArticle("a1", "T", null, null, null,
                "Shoigu said the pullout was orderly. Officials denied it was a retreat. It may be a trap."), "sha-1");
        otherArticleId = store.articles().insert(new NewArticle("a2", "T2", null, null, null, "Another text here."), "sha-2");
        anna = store.annotators().getOrCreate("anna").id();
        ben = store.annotators().getOrCreate("ben").id();
        source = store.spans().insert(articleId, anna, 0, 6, Label.SOURCE, null, SourceType.MILITARY, 1);
        claim = store.spans().insert(articleId, anna, 12, 35, Label.CLAIM, null);
        denial = store.spans().insert(articleId, anna, 37, 70, Label.DENIAL, null);
        speculation = store.spans().insert(articleId, anna, 72, 88, Label.SPECULATION, null);
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

    private String raw(long from, String fromLabel, long to, String toLabel, String type, long annotator, long article) {
        return "INSERT INTO span_link (article_id, annotator_id, from_span_id, from_label, to_span_id, to_label, link_type, created_at) "
                + "VALUES (" + article + ", " + annotator + ", " + from + ", '" + fromLabel + "', " + to + ", '" + toLabel + "', '"
                + type + "', CURRENT_TIMESTAMP)";
    }

    @Test
    void theSourceLayerIsNotOneOfTheThreeLabels() {
        assertThat(store.labels().all()).extracting(Label::name).containsExactly("CLAIM", "DENIAL", "SPECULATION");
        assertThat(store.labels().source()).extracting(Label::name, Label::shortcutKey).containsExactly("SOURCE", 'S');
        assertThat(store.spans().get(source.id())).hasValueSatisfying(s -> {
            assertThat(s.sourceType()).isEqualTo(SourceType.MILITARY);
            assertThat(s.guidelineVersion()).isEqualTo(1);
            assertThat(s.unsure()).isFalse();
        });
    }

    @Test
    void storesTheThreeKindsOfLink() {
        Link saidBy = store.links().insert(claim.id(), source.id(), LinkType.SAID_BY);
        Link denies = store.links().insert(denial.id(), claim.id(), LinkType.DENIES);
        Link hedges = store.links().insert(speculation.id(), claim.id(), LinkType.HEDGES);
        assertThat(store.links().forArticle(articleId, anna))
                .extracting(Link::fromSpanId, Link::toSpanId, Link::type)
                .containsExactly(tuple(claim.id(), source.id(), LinkType.SAID_BY), tuple(denial.id(), claim.id(), LinkType.DENIES),
                        tuple(speculation.id(), claim.id(), LinkType.HEDGES));
        assertThat(store.links().forArticle(articleId, ben)).isEmpty();
        assertThat(store.links().get(saidBy.id())).contains(saidBy);
        assertThat(store.links().touching(claim.id())).containsExactly(saidBy, denies, hedges);
    }

    @Test
    void theDatabaseRefusesLinksThatTheRulesDoNotAllow() {
        // wrong direction, wrong labels, a span to itself: each refused by the check, whatever the program says
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", denial.id(), "DENIAL", "DENIES", anna, articleId))).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThatThrownBy(() -> sql(raw(source.id(), "SOURCE", claim.id(), "CLAIM", "SAID_BY", anna, articleId))).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThatThrownBy(() -> sql(raw(speculation.id(), "SPECULATION", denial.id(), "DENIAL", "HEDGES", anna, articleId))).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", claim.id(), "CLAIM", "DENIES", anna, articleId))).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", source.id(), "SOURCE", "QUOTES", anna, articleId))).hasMessageContaining("CK_SPAN_LINK_KIND");
        // lying about a label (the span is a CLAIM, the row says DENIAL): the composite key does not match
        assertThatThrownBy(() -> sql(raw(claim.id(), "DENIAL", source.id(), "SOURCE", "SAID_BY", anna, articleId))).hasMessageContaining("FK_SPAN_LINK_FROM");
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", denial.id(), "SOURCE", "SAID_BY", anna, articleId))).hasMessageContaining("FK_SPAN_LINK_TO");
        assertThat(store.links().count()).isZero();
    }

    @Test
    void bothEndsBelongToOneAnnotatorAndOneArticle() throws SQLException {
        Span bensSource = store.spans().insert(articleId, ben, 0, 6, Label.SOURCE, null, SourceType.OFFICIAL, null);
        Span elsewhere = store.spans().insert(otherArticleId, anna, 0, 7, Label.SOURCE, null, SourceType.MEDIA, null);
        assertThatThrownBy(() -> store.links().insert(claim.id(), bensSource.id(), LinkType.SAID_BY))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.FK_SPAN_LINK_TO);
        assertThat(store.links().count()).isZero();
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", bensSource.id(), "SOURCE", "SAID_BY", ben, articleId))).hasMessageContaining("FK_SPAN_LINK_FROM");
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", elsewhere.id(), "SOURCE", "SAID_BY", anna, articleId))).hasMessageContaining("FK_SPAN_LINK_TO");
        assertThatThrownBy(() -> sql(raw(claim.id(), "CLAIM", elsewhere.id(), "SOURCE", "SAID_BY", anna, otherArticleId))).hasMessageContaining("FK_SPAN_LINK_FROM");
        sql(raw(claim.id(), "CLAIM", source.id(), "SOURCE", "SAID_BY", anna, articleId));
        assertThat(store.links().count()).isOne();
    }

    @Test
    void onePairHasOneLinkOfAKind() throws SQLException {
        store.links().insert(denial.id(), claim.id(), LinkType.DENIES);
        assertThatThrownBy(() -> store.links().insert(denial.id(), claim.id(), LinkType.DENIES))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.UQ_SPAN_LINK_PAIR);
        assertThatThrownBy(() -> sql(raw(denial.id(), "DENIAL", claim.id(), "CLAIM", "DENIES", anna, articleId))).hasMessageContaining("UQ_SPAN_LINK_PAIR");
        store.links().insert(denial.id(), source.id(), LinkType.SAID_BY);
        assertThat(store.links().count()).isEqualTo(2);
    }

    @Test
    void deletingASpanDeletesItsLinksAndNothingElse() throws SQLException {
        store.links().insert(claim.id(), source.id(), LinkType.SAID_BY);
        store.links().insert(denial.id(), claim.id(), LinkType.DENIES);
        Link kept = store.links().insert(denial.id(), source.id(), LinkType.SAID_BY);
        sql("DELETE FROM span WHERE id = " + claim.id());
        assertThat(store.links().forArticle(articleId)).containsExactly(kept);
        sql("DELETE FROM span WHERE id = " + source.id());
        assertThat(store.links().count()).isZero();
    }

    @Test
    void aRelabelThatWouldBreakALinkIsRefused() throws SQLException {
        store.links().insert(denial.id(), claim.id(), LinkType.DENIES);
        assertThatThrownBy(() -> sql("UPDATE span SET label = 'SPECULATION' WHERE id = " + denial.id())).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThatThrownBy(() -> sql("UPDATE span SET label = 'DENIAL' WHERE id = " + claim.id())).hasMessageContaining("CK_SPAN_LINK_KIND");
        assertThat(store.spans().get(denial.id())).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("DENIAL"));
        // a relabel the link still allows goes through, and the link row follows it
        store.links().insert(claim.id(), source.id(), LinkType.SAID_BY);
        store.links().delete(store.links().touching(denial.id()).get(0).id());
        sql("UPDATE span SET label = 'SPECULATION' WHERE id = " + claim.id());
        assertThat(store.links().touching(claim.id())).extracting(Link::type).containsExactly(LinkType.SAID_BY);
    }

    @Test
    void aSourceTypeGoesWithSourcesOnly() {
        assertThatThrownBy(() -> sql("INSERT INTO span (article_id, article_length, annotator_id, start_offset, end_offset, label, source_type, created_at, updated_at) "
                + "VALUES (" + articleId + ", (SELECT text_length FROM article WHERE id = " + articleId + "), " + anna + ", 0, 5, 'CLAIM', 'MEDIA', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_SPAN_SOURCE_TYPE");
        assertThatThrownBy(() -> sql("INSERT INTO span (article_id, article_length, annotator_id, start_offset, end_offset, label, created_at, updated_at) "
                + "VALUES (" + articleId + ", (SELECT text_length FROM article WHERE id = " + articleId + "), " + anna + ", 0, 5, 'SOURCE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                .hasMessageContaining("CK_SPAN_SOURCE_TYPE");
        assertThatThrownBy(() -> sql("UPDATE span SET source_type = 'ALIEN' WHERE id = " + source.id())).hasMessageContaining("CK_SPAN_SOURCE_TYPE");
        assertThat(store.spans().setFlags(source.id(), SourceType.WITNESS, true))
                .extracting(Span::sourceType, Span::unsure).containsExactly(SourceType.WITNESS, true);
    }

    @Test
    void guidelinesAreVersionedNotOverwritten() {
        assertThat(store.guidelines().current()).extracting(g -> g.subject())
                .containsExactlyInAnyOrder("CLAIM", "DENIAL", "SPECULATION", "SOURCE", "SAID_BY", "DENIES", "HEDGES");
        store.guidelines().add("CLAIM", "Checkable statements only.", "owner");
        assertThat(store.guidelines().current("CLAIM")).hasValueSatisfying(g -> assertThat(g.version()).isEqualTo(2));
        assertThat(store.guidelines().history("CLAIM")).extracting(g -> g.version()).containsExactly(1, 2);
        assertThatThrownBy(() -> sql("INSERT INTO guideline VALUES ('ROCKET', 1, 'x', 'y', CURRENT_TIMESTAMP)")).hasMessageContaining("CK_GUIDELINE_SUBJECT");
    }
}
