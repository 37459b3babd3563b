package io.veritag.service.adjudication;

import static io.veritag.service.adjudication.LinkFixture.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.agreement.adjudication.GoldLinks;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.model.Annotator;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionLink;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.LinkEnds;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11: adjudication settles links and source types into gold, with the same audit trail as spans. */
class LinkAdjudicationTest {
    private static final LabeledRange SHOIGU = range("Shoigu", "SOURCE");
    private static final LabeledRange HELD = range("the bridge is held", "CLAIM");
    private static final LabeledRange FELL = range("It fell", "CLAIM");
    private static final LabeledRange DENIAL_ANNA = range("Officials denied that the bridge fell", "DENIAL");

    private Database database;
    private Store store;
    private LinkFixture fixture;
    private AdjudicationService service;
    private CurationSession cora;

    @BeforeEach
    void setUp() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        fixture = new LinkFixture(store);
        service = new AdjudicationService(store);
        cora = service.session(service.annotators(List.of()), "cora");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static GoldSpan gold(ArticleAdjudication state, LabeledRange range) {
        return state.gold().stream().filter(g -> g.range().equals(range)).findFirst().orElseThrow();
    }

    private static SpanGroup group(ArticleAdjudication state, LabeledRange version) {
        return state.disagreements().stream().filter(g -> g.versions().stream().anyMatch(v -> v.range().equals(version)))
                .findFirst().orElseThrow();
    }

    @Test
    void openingCarriesTheLinksEveryoneMadeBetweenSpansEveryoneMarked() {
        ArticleAdjudication state = cora.open(fixture.l1);

        assertThat(cora.lastPreAccepted()).as("Shoigu, the two claims").isEqualTo(3);
        assertThat(cora.lastLinksCarried()).isEqualTo(1);
        GoldSpan shoigu = gold(state, SHOIGU);
        assertThat(shoigu.sourceType()).as("anna says military, ben official: not settled").isNull();
        assertThat(state.goldLinks()).extracting(GoldLink::ends)
                .containsExactly(new LinkEnds(gold(state, HELD).id(), shoigu.id(), LinkType.SAID_BY));
        Decision carried = state.trail().get(state.trail().size() - 1);
        assertThat(carried.kind()).isEqualTo(DecisionKind.LINK_ACCEPT);
        assertThat(carried.disagreementKind()).isEqualTo(DisagreementKind.UNANIMOUS);
        assertThat(carried.proposers()).containsExactly("anna", "ben");
        // the denial is not in gold yet: its links wait, as does anna's link to her lone witness
        assertThat(state.linkView().unplaced()).extracting(l -> l.type())
                .containsExactlyInAnyOrder(LinkType.DENIES, LinkType.DENIES, LinkType.SAID_BY);

        // opening again carries nothing new
        ArticleAdjudication again = cora.open(fixture.l1);
        assertThat(cora.lastLinksCarried()).isZero();
        assertThat(again.trail()).hasSameSizeAs(state.trail());
    }

    @Test
    void aCuratorAcceptsALinkOnceBothEndsAreInGoldWithWhoProposedIt() {
        ArticleAdjudication state = cora.open(fixture.l1);
        long fell = gold(state, FELL).id();
        int before = store.gold().decisions().count();
        // a link to a denial that is not in gold was never shown as a candidate: nothing is recorded
        assertThatThrownBy(() -> cora.acceptLink(fixture.l1, new LinkEnds(gold(state, SHOIGU).id(), fell, LinkType.DENIES), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.gold().decisions().count()).isEqualTo(before);

        ArticleAdjudication accepted = cora.accept(fixture.l1, group(state, DENIAL_ANNA).key(), DENIAL_ANNA, null);
        long denial = gold(accepted, DENIAL_ANNA).id();
        LinkEnds denies = new LinkEnds(denial, fell, LinkType.DENIES);
        GoldLinks.Candidate candidate = accepted.linkView().candidate(denies).orElseThrow();
        assertThat(candidate.inGold()).isFalse();
        assertThat(candidate.unanimous()).as("ben's denial stands for the gold denial taken from its group").isTrue();
        assertThat(candidate.proposals()).extracting(l -> l.annotatorId()).containsExactly(fixture.anna.id(), fixture.ben.id());

        ArticleAdjudication linked = cora.acceptLink(fixture.l1, denies, "both say so");
        assertThat(linked.goldLinks()).extracting(GoldLink::ends).contains(denies);
        Decision decision = linked.trail().get(linked.trail().size() - 1);
        assertThat(decision.kind()).isEqualTo(DecisionKind.LINK_ACCEPT);
        assertThat(decision.reason()).isEqualTo("both say so");
        assertThat(decision.linkSources()).extracting(DecisionLink::annotatorName, DecisionLink::chosen, l -> l.from().label())
                .containsExactly(tuple("anna", true, "DENIAL"), tuple("ben", true, "DENIAL"));
        assertThatThrownBy(() -> cora.acceptLink(fixture.l1, denies, null)).hasMessageContaining("already has this link");

        // the gold span cannot go while it has links, nor change its label
        assertThatThrownBy(() -> cora.remove(fixture.l1, denial, null)).hasMessageContaining("has links");
        assertThatThrownBy(() -> cora.editGold(fixture.l1, denial, range("Officials denied that the bridge fell", "CLAIM"), null))
                .hasMessageContaining("has links");
    }

    @Test
    void linkDecisionsUndoAndRedoLikeSpanDecisions() {
        ArticleAdjudication state = cora.open(fixture.l1);
        GoldLink carried = state.goldLinks().get(0);

        ArticleAdjudication removed = cora.removeLink(fixture.l1, carried.id(), "not his words");
        assertThat(removed.goldLinks()).isEmpty();
        ArticleAdjudication undone = cora.undo(fixture.l1);
        assertThat(undone.goldLinks()).containsExactly(carried);
        Decision undo = undone.trail().get(undone.trail().size() - 1);
        assertThat(undo.kind()).isEqualTo(DecisionKind.UNDO);
        assertThat(undo.link()).isEqualTo(carried.ends());
        assertThat(cora.redo(fixture.l1).goldLinks()).isEmpty();
        assertThat(cora.undo(fixture.l1).goldLinks()).containsExactly(carried);

        // undoing the carried acceptance itself: reopening does not carry it again (the curator meant it)
        cora.undo(fixture.l1); // the removal is undone, so the carried acceptance is the latest decision in force
        ArticleAdjudication now = service.load(fixture.l1, cora.annotators());
        assertThat(now.goldLinks()).isEmpty();
        assertThat(cora.open(fixture.l1).goldLinks()).isEmpty();
        assertThat(cora.lastLinksCarried()).isZero();
    }

    @Test
    void aCuratorSettlesASourceTypeFromWhatAnnotatorsGaveAndCanUndoIt() {
        ArticleAdjudication state = cora.open(fixture.l1);
        GoldSpan shoigu = gold(state, SHOIGU);
        assertThat(state.linkView().sourcesOf(shoigu.id())).extracting(s -> s.sourceType())
                .containsExactly(SourceType.MILITARY, SourceType.OFFICIAL);

        ArticleAdjudication typed = cora.setSourceType(fixture.l1, shoigu.id(), SourceType.MILITARY, null);
        assertThat(gold(typed, SHOIGU).sourceType()).isEqualTo(SourceType.MILITARY);
        Decision decision = typed.trail().get(typed.trail().size() - 1);
        assertThat(decision.kind()).isEqualTo(DecisionKind.SOURCE_TYPE);
        assertThat(decision.beforeSourceType()).isNull();
        assertThat(decision.afterSourceType()).isEqualTo(SourceType.MILITARY);
        assertThat(decision.sources()).extracting(DecisionSource::annotatorName, DecisionSource::sourceType, DecisionSource::chosen)
                .containsExactly(tuple("anna", SourceType.MILITARY, true), tuple("ben", SourceType.OFFICIAL, false));
        assertThat(decision.proposers()).containsExactly("anna");

        assertThat(gold(cora.undo(fixture.l1), SHOIGU).sourceType()).isNull();
        assertThat(gold(cora.redo(fixture.l1), SHOIGU).sourceType()).isEqualTo(SourceType.MILITARY);
        assertThatThrownBy(() -> cora.setSourceType(fixture.l1, gold(state, HELD).id(), SourceType.EXPERT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptingALoneSourceTakesItsTypeAndUndoingARemovalBringsTheTypeBack() {
        ArticleAdjudication state = cora.open(fixture.l1);
        LabeledRange witness = range("a witness", "SOURCE");
        ArticleAdjudication accepted = cora.accept(fixture.l1, group(state, witness).key(), witness, null);
        GoldSpan gold = gold(accepted, witness);
        assertThat(gold.sourceType()).isEqualTo(SourceType.WITNESS);
        // anna's "It fell" said by the witness can now go to gold
        LinkEnds saidBy = new LinkEnds(gold(accepted, FELL).id(), gold.id(), LinkType.SAID_BY);
        assertThat(accepted.linkView().candidate(saidBy)).hasValueSatisfying(c -> assertThat(c.unanimous()).isFalse());

        cora.remove(fixture.l1, gold.id(), null);
        assertThat(gold(cora.undo(fixture.l1), witness).sourceType()).isEqualTo(SourceType.WITNESS);
    }

    @Test
    void autoAdjudicationCarriesUnanimousLinks() {
        List<ArticleProgress> rows = service.autoPreAccept(service.annotators(List.of()), "cora", Progress.NONE);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.preAccepted()).isEqualTo(3);
            assertThat(r.linksCarried()).isEqualTo(1);
        });
        assertThat(store.gold().links().count()).isEqualTo(1);
        ArticleGold gold = service.articleGold("l1");
        assertThat(gold.links()).singleElement().satisfies(e -> assertThat(e.history()).extracting(Decision::kind)
                .containsExactly(DecisionKind.LINK_ACCEPT));
    }
}
