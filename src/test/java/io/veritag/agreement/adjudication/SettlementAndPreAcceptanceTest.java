package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import static io.veritag.agreement.adjudication.Spans.created;
import static io.veritag.agreement.adjudication.Spans.decision;
import static io.veritag.agreement.adjudication.Spans.span;
import static io.veritag.agreement.adjudication.Spans.undoOrRedo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.LabeledRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementAndPreAcceptanceTest {
    private final ArticleComparison comparison = SpanComparator.compare(List.of(1L, 2L), List.of(
            span(1, 1, 0, 5, "CLAIM"), span(11, 2, 0, 5, "CLAIM"),
            span(2, 1, 8, 12, "DENIAL"), span(12, 2, 8, 12, "DENIAL"),
            span(3, 1, 20, 30, "CLAIM"), span(13, 2, 20, 31, "CLAIM"),
            span(4, 1, 40, 45, "CLAIM"),
            span(14, 2, 50, 55, "DENIAL")));

    @Test
    void countsDisagreementsSettledByDecisionsInForce() {
        Decision accept = created(1, DecisionKind.ACCEPT, new GroupKey("3,13"), new LabeledRange(20, 30, "CLAIM"));
        Decision reject = decision(2, DecisionKind.REJECT, new GroupKey("4"));
        Decision preAccept = created(3, DecisionKind.PRE_ACCEPT, new GroupKey("1,11"), new LabeledRange(0, 5, "CLAIM"));

        Settlement settlement = Settlement.of(comparison, DecisionReplay.of(List.of(accept, reject, preAccept)));
        assertThat(settlement.text()).isEqualTo("2 of 3 settled");
        assertThat(settlement.left()).isEqualTo(1);
        assertThat(settlement.done()).isFalse();

        Settlement afterUndo = Settlement.of(comparison, DecisionReplay.of(List.of(accept, reject, preAccept,
                undoOrRedo(4, DecisionKind.UNDO, 3), undoOrRedo(5, DecisionKind.UNDO, 2))));
        assertThat(afterUndo).isEqualTo(new Settlement(1, 3));

        Settlement all = Settlement.of(comparison, DecisionReplay.of(List.of(accept, reject,
                decision(6, DecisionKind.REJECT, new GroupKey("14")))));
        assertThat(all.done()).isTrue();
        assertThat(all.text()).isEqualTo("3 of 3 settled");
    }

    @Test
    void anArticleWithoutDisagreementsIsDoneAtOnce() {
        ArticleComparison unanimous = SpanComparator.compare(List.of(1L, 2L), List.of(span(1, 1, 0, 5, "CLAIM"), span(2, 2, 0, 5, "CLAIM")));
        assertThat(Settlement.of(unanimous, DecisionReplay.of(List.of()))).satisfies(s -> {
            assertThat(s.done()).isTrue();
            assertThat(s.text()).isEqualTo("0 of 0 settled");
        });
        assertThatThrownBy(() -> new Settlement(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preAcceptsEachUnanimousSpanOnceAndNeverAgainAfterAnUndo() {
        assertThat(PreAcceptance.pending(comparison, List.of(), List.of()))
                .extracting(SpanGroup::key).containsExactly(new GroupKey("1,11"), new GroupKey("2,12"));

        Decision preAccept = created(1, DecisionKind.PRE_ACCEPT, new GroupKey("1,11"), new LabeledRange(0, 5, "CLAIM"));
        List<Decision> undone = List.of(preAccept, undoOrRedo(2, DecisionKind.UNDO, 1));
        assertThat(PreAcceptance.pending(comparison, List.of(preAccept), List.of(new LabeledRange(0, 5, "CLAIM"))))
                .extracting(SpanGroup::key).containsExactly(new GroupKey("2,12"));
        assertThat(PreAcceptance.pending(comparison, undone, List.of()))
                .extracting(SpanGroup::key).containsExactly(new GroupKey("2,12"));
    }

    @Test
    void skipsUnanimousSpansTheCuratorAlreadyPutInGold() {
        assertThat(PreAcceptance.pending(comparison, List.of(), List.of(new LabeledRange(8, 12, "DENIAL"))))
                .extracting(SpanGroup::key).containsExactly(new GroupKey("1,11"));
    }
}
