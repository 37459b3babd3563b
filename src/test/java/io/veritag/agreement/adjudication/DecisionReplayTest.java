package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import static io.veritag.agreement.adjudication.Spans.created;
import static io.veritag.agreement.adjudication.Spans.decision;
import static io.veritag.agreement.adjudication.Spans.undoOrRedo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionReplayTest {
    private final Decision accept = created(1, DecisionKind.ACCEPT, new GroupKey("2,12"), new LabeledRange(10, 20, "CLAIM"));
    private final Decision reject = decision(2, DecisionKind.REJECT, new GroupKey("4"));

    @Test
    void undoTakesBackTheLatestDecisionAndRedoPutsItBack() {
        List<Decision> trail = new ArrayList<>(List.of(accept, reject));
        DecisionReplay start = DecisionReplay.of(trail);
        assertThat(start.inForce()).containsExactly(accept, reject);
        assertThat(start.nextUndo()).contains(reject);
        assertThat(start.nextRedo()).isEmpty();

        trail.add(undoOrRedo(3, DecisionKind.UNDO, 2));
        DecisionReplay undone = DecisionReplay.of(trail);
        assertThat(undone.inForce()).containsExactly(accept);
        assertThat(undone.nextUndo()).contains(accept);
        assertThat(undone.nextRedo()).contains(reject);
        assertThat(undone.settling(new GroupKey("4"))).isEmpty();
        assertThat(undone.settling(new GroupKey("2,12"))).containsExactly(accept);

        trail.add(undoOrRedo(4, DecisionKind.UNDO, 1));
        assertThat(DecisionReplay.of(trail).inForce()).isEmpty();
        assertThat(DecisionReplay.of(trail).nextRedo()).contains(accept);

        trail.add(undoOrRedo(5, DecisionKind.REDO, 1));
        DecisionReplay redone = DecisionReplay.of(trail);
        assertThat(redone.inForce()).containsExactly(accept);
        assertThat(redone.nextRedo()).contains(reject);
    }

    @Test
    void aNewDecisionClearsWhatCouldBeRedone() {
        Decision add = created(4, DecisionKind.ADD, null, new LabeledRange(0, 3, "DENIAL"));
        DecisionReplay replay = DecisionReplay.of(List.of(accept, reject, undoOrRedo(3, DecisionKind.UNDO, 2), add));

        assertThat(replay.inForce()).containsExactly(accept, add);
        assertThat(replay.nextRedo()).isEmpty();
    }

    @Test
    void refusesATrailThatUndoesWhatIsNotInForce() {
        assertThatThrownBy(() -> DecisionReplay.of(List.of(accept, undoOrRedo(2, DecisionKind.UNDO, 1),
                undoOrRedo(3, DecisionKind.UNDO, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision 3 (UNDO) names decision 1, which it cannot act on");
        assertThatThrownBy(() -> DecisionReplay.of(List.of(accept, undoOrRedo(2, DecisionKind.REDO, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyTrailHasNothingToUndoOrRedo() {
        DecisionReplay replay = DecisionReplay.of(List.of());
        assertThat(replay.inForce()).isEmpty();
        assertThat(replay.nextUndo()).isEmpty();
        assertThat(replay.nextRedo()).isEmpty();
    }
}
