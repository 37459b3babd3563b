package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.NewArticle;
import io.veritag.model.gold.Curator;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.NewDecision;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoldStoreTest {
    private static final String TEXT = "Kherson is free 🇺🇦 now.";

    private Database database;
    private Store store;
    private long articleId;
    private Curator cora;

    @BeforeEach
    void openFreshDatabase() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        articleId = store.articles().insert(new NewArticle("a1", "Title", "Outlet", null, null, TEXT), "sha-1");
        cora = store.gold().curators().getOrCreate(" cora ");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void boundsGoldOffsetsByTheArticleLengthLikeAnnotatorSpans() {
        GoldSpan whole = store.gold().spans().insert(articleId, new LabeledRange(0, TEXT.length(), "CLAIM"));
        assertThat(whole.end()).isEqualTo(TEXT.length());

        assertThatThrownBy(() -> store.gold().spans().insert(articleId, new LabeledRange(0, TEXT.length() + 1, "CLAIM")))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_GOLD_SPAN_OFFSETS);
        assertThatThrownBy(() -> store.gold().spans().insert(articleId, new LabeledRange(0, 3, "RUMOUR")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("fk_gold_span_label");
        assertThatThrownBy(() -> store.gold().spans().insert(articleId, new LabeledRange(0, TEXT.length(), "CLAIM")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("uq_gold_span_identity");
    }

    @Test
    void restoresARemovedGoldSpanUnderItsOldId() {
        GoldSpan span = store.gold().spans().insert(articleId, new LabeledRange(0, 7, "CLAIM"));
        store.gold().spans().delete(span.id());
        assertThat(store.gold().spans().forArticle(articleId)).isEmpty();

        store.gold().spans().restore(span.id(), articleId, span.range());
        assertThat(store.gold().spans().forArticle(articleId)).containsExactly(span);
        GoldSpan next = store.gold().spans().insert(articleId, new LabeledRange(8, 10, "DENIAL"));
        assertThat(next.id()).isNotEqualTo(span.id());
    }

    @Test
    void appendsDecisionsWithTheirSourcesAndFindsAGoldSpansHistory() {
        GoldSpan gold = store.gold().spans().insert(articleId, new LabeledRange(0, 7, "CLAIM"));
        Decision accept = store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.ACCEPT, new io.veritag.model.gold.GroupKey("5,9"),
                DisagreementKind.BOUNDARY, gold.id(), null, gold.range(), "  headline claim ", null, List.of(
                        new DecisionSource(5, 1, "anna", 0, 7, "CLAIM", true),
                        new DecisionSource(9, 2, "ben", 0, 10, "CLAIM", false))));
        Decision undo = store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.UNDO, null, null,
                gold.id(), gold.range(), null, "", accept.id(), List.of()));

        assertThat(accept.curator()).isEqualTo("cora");
        assertThat(accept.reason()).isEqualTo("headline claim");
        assertThat(accept.proposers()).containsExactly("anna");
        assertThat(accept.sources()).extracting(DecisionSource::annotatorName, DecisionSource::end, DecisionSource::chosen)
                .containsExactly(tuple("anna", 7, true), tuple("ben", 10, false));
        assertThat(undo.reason()).isNull();
        assertThat(store.gold().decisions().forGoldSpan(gold.id()))
                .extracting(Decision::kind, Decision::before, Decision::after, Decision::targetDecisionId)
                .containsExactly(
                        tuple(DecisionKind.ACCEPT, null, new LabeledRange(0, 7, "CLAIM"), null),
                        tuple(DecisionKind.UNDO, new LabeledRange(0, 7, "CLAIM"), null, accept.id()));
        assertThat(store.gold().decisions().forArticle(articleId)).containsExactly(accept, undo);
    }

    @Test
    void theDatabaseRefusesAnUndoWithoutTargetAndAnAcceptWithOne() {
        assertThatThrownBy(() -> store.gold().decisions().append(new NewDecision(articleId, cora.id(), DecisionKind.UNDO,
                null, null, null, null, null, null, null, List.of())))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("ck_gold_decision_target");
        assertThat(store.gold().decisions().count()).isZero();
    }

    @Test
    void keepsOneStatusRowPerArticle() {
        store.gold().articles().save(articleId, List.of("anna", "ben, jr."), 1, 3, cora.id());
        store.gold().articles().save(articleId, List.of("anna", "ben, jr."), 3, 3, cora.id());

        assertThat(store.gold().articles().all()).singleElement().satisfies(s -> {
            assertThat(s.annotators()).containsExactly("anna", "ben, jr.");
            assertThat(s.done()).isTrue();
            assertThat(s.settled()).isEqualTo(3);
            assertThat(s.curator()).isEqualTo("cora");
        });
        assertThat(store.gold().articles().doneArticleIds()).containsExactly(articleId);
        assertThatThrownBy(() -> store.gold().articles().save(articleId, List.of("anna"), 4, 3, cora.id()))
                .hasMessageContaining("ck_gold_article_counts");
    }
}
