package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.gold.Curator;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionLink;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.LinkEnds;
import io.veritag.model.gold.NewDecision;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gold links and gold source types: the database holds the same rules as for annotators' links and sources. */
class GoldLinkStoreTest {
    private static final String TEXT = "Shoigu said the bridge is held. Officials denied it. Maybe it fell.";

    private Database database;
    private Store store;
    private long articleId;
    private long otherArticleId;
    private GoldSpan shoigu;
    private GoldSpan held;
    private GoldSpan denied;
    private GoldSpan maybe;

    @BeforeEach
    void openFreshDatabase() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        articleId = store.articles().insert(new NewArticle("a1", "Bridge", "Outlet", null, null, TEXT), "sha-1");
        otherArticleId = store.articles().insert(new NewArticle("a2", "Other", "Outlet", null, null, TEXT), "sha-2");
        shoigu = store.gold().spans().insert(articleId, range("Shoigu", "SOURCE"), SourceType.MILITARY);
        held = store.gold().spans().insert(articleId, range("the bridge is held", "CLAIM"));
        denied = store.gold().spans().insert(articleId, range("Officials denied it", "DENIAL"));
        maybe = store.gold().spans().insert(articleId, range("Maybe it fell", "SPECULATION"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static LabeledRange range(String phrase, String label) {
        int start = TEXT.indexOf(phrase);
        return new LabeledRange(start, start + phrase.length(), label);
    }

    @Test
    void linksGoldSpansByTheRulesOfTheirLabels() {
        GoldLink saidBy = store.gold().links().insert(held.id(), shoigu.id(), LinkType.SAID_BY);
        store.gold().links().insert(denied.id(), held.id(), LinkType.DENIES);
        store.gold().links().insert(maybe.id(), held.id(), LinkType.HEDGES);

        assertThat(store.gold().links().forArticle(articleId)).extracting(GoldLink::ends).containsExactly(
                new LinkEnds(held.id(), shoigu.id(), LinkType.SAID_BY),
                new LinkEnds(denied.id(), held.id(), LinkType.DENIES),
                new LinkEnds(maybe.id(), held.id(), LinkType.HEDGES));
        assertThat(saidBy.articleId()).isEqualTo(articleId);
        assertThat(store.gold().spans().get(shoigu.id())).hasValueSatisfying(s -> assertThat(s.sourceType()).isEqualTo(SourceType.MILITARY));

        // wrong labels for the type, a second link of a kind, a span of another article: all refused by the database
        assertThatThrownBy(() -> store.gold().links().insert(shoigu.id(), held.id(), LinkType.SAID_BY))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_LINK_KIND);
        assertThatThrownBy(() -> store.gold().links().insert(held.id(), denied.id(), LinkType.DENIES))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_LINK_KIND);
        assertThatThrownBy(() -> store.gold().links().insert(held.id(), shoigu.id(), LinkType.SAID_BY))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.UQ_GOLD_LINK_PAIR);
        GoldSpan elsewhere = store.gold().spans().insert(otherArticleId, range("Shoigu", "SOURCE"));
        assertThatThrownBy(() -> store.gold().links().insert(held.id(), elsewhere.id(), LinkType.SAID_BY))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.FK_GOLD_LINK_TO);
        assertThat(store.gold().links().count()).isEqualTo(3);
    }

    @Test
    void aRelabelThatWouldBreakALinkIsRefusedAndDeletingASpanTakesItsLinks() {
        GoldLink saidBy = store.gold().links().insert(held.id(), shoigu.id(), LinkType.SAID_BY);
        store.gold().links().insert(denied.id(), held.id(), LinkType.DENIES);

        assertThatThrownBy(() -> store.gold().spans().update(held.id(), range("the bridge is held", "DENIAL")))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_LINK_KIND);
        assertThat(store.gold().spans().get(held.id())).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("CLAIM"));

        store.gold().spans().delete(shoigu.id());
        assertThat(store.gold().links().forArticle(articleId)).extracting(GoldLink::type).containsExactly(LinkType.DENIES);
        store.gold().spans().restore(shoigu.id(), articleId, shoigu.range(), SourceType.MILITARY);
        store.gold().links().restore(saidBy.id(), held.id(), shoigu.id(), LinkType.SAID_BY);
        assertThat(store.gold().links().get(saidBy.id())).hasValue(saidBy);
    }

    @Test
    void onlyAGoldSourceSpanHasASourceType() {
        assertThatThrownBy(() -> store.gold().spans().setSourceType(held.id(), SourceType.EXPERT))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_SPAN_SOURCE_TYPE);
        assertThat(store.gold().spans().setSourceType(shoigu.id(), SourceType.OFFICIAL).sourceType()).isEqualTo(SourceType.OFFICIAL);
        assertThat(store.gold().spans().setSourceType(shoigu.id(), null).sourceType()).isNull();
        // a source relabelled as a claim loses its type (the check would refuse it otherwise)
        store.gold().spans().setSourceType(shoigu.id(), SourceType.OFFICIAL);
        assertThat(store.gold().spans().update(shoigu.id(), range("Shoigu", "CLAIM")).sourceType()).isNull();
    }

    @Test
    void aLinkDecisionKeepsItsEndsAndTheAnnotatorLinksItWasTakenOver() {
        Curator cora = store.gold().curators().getOrCreate("cora");
        GoldLink link = store.gold().links().insert(held.id(), shoigu.id(), LinkType.SAID_BY);
        DecisionLink anna = new DecisionLink(41, 7, "anna", LinkType.SAID_BY, 11, range("the bridge is held", "CLAIM"),
                12, range("Shoigu", "SOURCE"), true);
        Decision stored = store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.LINK_ACCEPT,
                null, null, null, null, null, "as said", null, List.of(), link.id(), link.ends(), null, null, List.of(anna)));

        assertThat(stored.isAboutLink()).isTrue();
        assertThat(stored.link()).isEqualTo(link.ends());
        assertThat(stored.goldLinkId()).isEqualTo(link.id());
        assertThat(stored.linkSources()).containsExactly(anna);
        assertThat(stored.proposers()).containsExactly("anna");
        Decision type = store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.SOURCE_TYPE,
                null, null, shoigu.id(), shoigu.range(), shoigu.range(), null, null, List.of(), null, null,
                SourceType.MILITARY, SourceType.OFFICIAL, List.of()));
        assertThat(type.beforeSourceType()).isEqualTo(SourceType.MILITARY);
        assertThat(type.afterSourceType()).isEqualTo(SourceType.OFFICIAL);

        // a link decision without its link, or a span decision naming a link, is refused
        assertThatThrownBy(() -> store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.LINK_ACCEPT,
                null, null, null, null, null, null, null, List.of())))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_DECISION_LINK);
        assertThatThrownBy(() -> store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.ADD,
                null, null, held.id(), null, held.range(), null, null, List.of(), link.id(), link.ends(), null, null, List.of())))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_DECISION_LINK);
        assertThat(store.gold().decisions().forArticle(articleId)).hasSize(2);
    }

    @Test
    void aDatabaseCopyCarriesGoldLinksAndSourceTypes() {
        store.gold().links().insert(held.id(), shoigu.id(), LinkType.SAID_BY);
        try (Database copy = io.veritag.testing.TestDatabase.fresh()) {
            DatabaseCopy.Counts counts = DatabaseCopy.copy(database, copy);
            assertThat(counts.perTable().get("gold_link")).containsExactly(1, 1);
            assertThat(counts.equal()).isTrue();
            assertThat(copy.store().gold().links().forArticle(articleId)).extracting(GoldLink::ends)
                    .containsExactly(new LinkEnds(held.id(), shoigu.id(), LinkType.SAID_BY));
            assertThat(copy.store().gold().spans().get(shoigu.id()))
                    .hasValueSatisfying(s -> assertThat(s.sourceType()).isEqualTo(SourceType.MILITARY));
        }
    }
}
