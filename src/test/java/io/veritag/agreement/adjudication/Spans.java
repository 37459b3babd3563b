package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.LabeledRange;
import java.time.Instant;
import java.util.List;

/** Test data builders for the pure adjudication logic. */
final class Spans {
    private Spans() {
    }

    static Span span(long id, long annotatorId, int start, int end, String label) {
        return new Span(id, 1, annotatorId, start, end, label, null, Instant.EPOCH, Instant.EPOCH);
    }

    static Decision decision(long id, DecisionKind kind, GroupKey key) {
        return new Decision(id, 1, "cora", Instant.EPOCH, kind, key, null, null, null, null, null, null, List.of());
    }

    static Decision created(long id, DecisionKind kind, GroupKey key, LabeledRange after) {
        return new Decision(id, 1, "cora", Instant.EPOCH, kind, key, null, id * 10, null, after, null, null, List.of());
    }

    static Decision undoOrRedo(long id, DecisionKind kind, long target) {
        return new Decision(id, 1, "cora", Instant.EPOCH, kind, null, null, null, null, null, null, target, List.of());
    }
}
