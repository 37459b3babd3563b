package io.veritag.model.gold;

import java.util.List;
import java.util.Objects;

/** A decision about to be stored; the store adds id and time. Fields as in {@link Decision}. */
public record NewDecision(long articleId, long curatorId, DecisionKind kind, GroupKey disagreementKey,
                          DisagreementKind disagreementKind, Long goldSpanId, LabeledRange before,
                          LabeledRange after, String reason, Long targetDecisionId, List<DecisionSource> sources) {
    public NewDecision {
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
