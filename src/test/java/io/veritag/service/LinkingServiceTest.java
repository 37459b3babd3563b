package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.store.Database;
import io.veritag.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sources, links and flags through the labeling service: one edit each, undone and redone with the database following. */
class LinkingServiceTest {
    private static final String TEXT = "Shoigu said the pullout was orderly. Officials denied it was a retreat. It may be a trap.";
    private Database database;
    private Store store;
    private Article article;
    private LabelingService labeling;
    private Annotator anna;

    @BeforeEach
    void openFreshDatabase() {
        database = Database.inMemory();
        store = database.store();
        long id = store.articles().insert(new NewArticle("a1", "T", null, null, null, TEXT), "sha-1");
        article = store.articles().get(id).orElseThrow();
        anna = store.annotators().getOrCreate("anna");
        labeling = new LabelingService(store, anna);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Span span(String words, String label) {
        int at = TEXT.indexOf(words);
        return labeling.createSpan(article, at, at + words.length(), label, true).select();
    }

    private Span source(String words, SourceType type, Span statement) {
        int at = TEXT.indexOf(words);
        return labeling.createSource(article, at, at + words.length(), type, statement == null ? null : statement.id(), true).select();
    }

    @Test
    void aSourceAndItsLinkAreOneEdit() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span shoigu = source("Shoigu", SourceType.MILITARY, claim);
        assertThat(shoigu).extracting(Span::label, Span::sourceType, Span::guidelineVersion).containsExactly("SOURCE", SourceType.MILITARY, 1);
        assertThat(labeling.links(article.id())).extracting(Link::fromSpanId, Link::toSpanId, Link::type)
                .containsExactly(tuple(claim.id(), shoigu.id(), LinkType.SAID_BY));
        assertThat(labeling.undoDescription()).contains("create source and link said by");

        SpanChange undone = labeling.undo();
        assertThat(undone.removed()).containsExactly(shoigu);
        assertThat(undone.linksRemoved()).hasSize(1);
        assertThat(store.spans().forArticle(article.id(), anna.id())).containsExactly(claim);
        assertThat(store.links().count()).isZero();

        SpanChange redone = labeling.redo();
        assertThat(redone.linksAdded()).extracting(Link::toSpanId).containsExactly(shoigu.id());
        assertThat(store.spans().get(shoigu.id())).contains(shoigu);
        assertThat(store.links().count()).isOne();
    }

    @Test
    void deletingASpanTakesItsLinksAndUndoBringsThemBack() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span shoigu = source("Shoigu", SourceType.MILITARY, claim);
        Span denial = span("Officials denied it was a retreat", Label.DENIAL);
        Span speculation = span("It may be a trap", Label.SPECULATION);
        labeling.toggleLink(claim.id(), denial.id(), LinkType.DENIES); // the order of selection does not matter
        labeling.toggleLink(speculation.id(), claim.id(), LinkType.HEDGES);
        var before = store.links().forArticle(article.id());
        assertThat(before).extracting(Link::fromSpanId, Link::toSpanId, Link::type).containsExactly(
                tuple(claim.id(), shoigu.id(), LinkType.SAID_BY), tuple(denial.id(), claim.id(), LinkType.DENIES),
                tuple(speculation.id(), claim.id(), LinkType.HEDGES));

        SpanChange deleted = labeling.delete(claim.id());
        assertThat(deleted.linksRemoved()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.links().count()).isZero();
        assertThat(store.spans().get(shoigu.id())).isPresent();

        SpanChange undone = labeling.undo();
        assertThat(undone.linksAdded()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.links().forArticle(article.id())).containsExactlyElementsOf(before);
        labeling.redo();
        assertThat(store.links().count()).isZero();
        labeling.undo();
        assertThat(store.links().forArticle(article.id())).containsExactlyElementsOf(before);
    }

    @Test
    void theSameKeyUnlinksAndLinksThatTheLabelsRefuseAreNotMade() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span denial = span("Officials denied it was a retreat", Label.DENIAL);
        labeling.toggleLink(denial.id(), claim.id(), LinkType.DENIES);
        SpanChange unlinked = labeling.toggleLink(denial.id(), claim.id(), LinkType.DENIES);
        assertThat(unlinked.linksRemoved()).hasSize(1);
        assertThat(store.links().count()).isZero();
        assertThatThrownBy(() -> labeling.toggleLink(denial.id(), claim.id(), LinkType.HEDGES))
                .isInstanceOf(LabelingException.class).hasMessage("Hedges cannot link DENIAL and CLAIM");
        assertThatThrownBy(() -> labeling.toggleLink(claim.id(), claim.id(), LinkType.DENIES)).isInstanceOf(LabelingException.class);
        labeling.undo();
        assertThat(store.links().count()).isOne();
    }

    @Test
    void aRelabelDropsTheLinksItWouldBreakAndUndoBringsThemBack() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span shoigu = source("Shoigu", SourceType.MILITARY, claim);
        Span denial = span("Officials denied it was a retreat", Label.DENIAL);
        labeling.toggleLink(denial.id(), claim.id(), LinkType.DENIES);
        SpanChange relabeled = labeling.relabel(denial.id(), Label.SPECULATION).orElseThrow();
        assertThat(relabeled.linksRemoved()).extracting(Link::type).containsExactly(LinkType.DENIES);
        assertThat(store.links().forArticle(article.id())).extracting(Link::type).containsExactly(LinkType.SAID_BY);
        // SAID_BY survives a relabel between the three labels
        labeling.relabel(claim.id(), Label.DENIAL);
        assertThat(store.links().touching(shoigu.id())).extracting(Link::fromSpanId).containsExactly(claim.id());
        labeling.undo();
        labeling.undo();
        assertThat(store.links().forArticle(article.id())).extracting(Link::type).containsExactly(LinkType.SAID_BY, LinkType.DENIES);
        assertThatThrownBy(() -> labeling.relabel(shoigu.id(), Label.CLAIM)).isInstanceOf(LabelingException.class);
    }

    @Test
    void flagsAreUndoableEdits() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span shoigu = source("Shoigu", SourceType.OTHER, null);
        assertThat(labeling.links(article.id())).isEmpty();
        labeling.setUnsure(claim.id(), true);
        labeling.setSourceType(shoigu.id(), SourceType.MILITARY);
        assertThat(store.spans().get(claim.id())).hasValueSatisfying(s -> assertThat(s.unsure()).isTrue());
        assertThat(store.spans().get(shoigu.id())).hasValueSatisfying(s -> assertThat(s.sourceType()).isEqualTo(SourceType.MILITARY));
        assertThat(labeling.setUnsure(claim.id(), true)).isEmpty();
        assertThatThrownBy(() -> labeling.setSourceType(claim.id(), SourceType.MEDIA)).isInstanceOf(LabelingException.class);
        labeling.undo();
        labeling.undo();
        assertThat(store.spans().get(claim.id())).hasValueSatisfying(s -> assertThat(s.unsure()).isFalse());
        assertThat(store.spans().get(shoigu.id())).hasValueSatisfying(s -> assertThat(s.sourceType()).isEqualTo(SourceType.OTHER));
    }

    @Test
    void spansAreStampedWithTheirGuidelineVersion() {
        store.guidelines().add(Label.CLAIM, "Only checkable statements.", "owner");
        Span claim = span("the pullout was orderly", Label.CLAIM);
        Span denial = span("Officials denied it was a retreat", Label.DENIAL);
        assertThat(claim.guidelineVersion()).isEqualTo(2);
        assertThat(denial.guidelineVersion()).isEqualTo(1);
        assertThat(labeling.open(article.id()).links()).isEmpty();
    }

    @Test
    void anotherAnnotatorsSpansCannotBeLinked() {
        Span claim = span("the pullout was orderly", Label.CLAIM);
        LabelingService ben = new LabelingService(store, store.annotators().getOrCreate("ben"));
        int at = TEXT.indexOf("Shoigu");
        Span bens = ben.createSource(article, at, at + 6, SourceType.MILITARY, null, true).select();
        assertThatThrownBy(() -> labeling.toggleLink(claim.id(), bens.id(), LinkType.SAID_BY)).isInstanceOf(LabelingException.class)
                .hasMessageContaining("another annotator");
        assertThatThrownBy(() -> ben.createSource(article, 0, 6, SourceType.MILITARY, claim.id(), true)).isInstanceOf(LabelingException.class);
    }
}
