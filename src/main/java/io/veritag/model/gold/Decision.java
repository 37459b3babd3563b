package io.veritag.model.gold;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the audit trail: a curator's decision about the gold layer of one article.
 *
 * @param disagreementKey  the group of annotator spans it settled (sorted span ids), or null (add, remove, undo)
 * @param goldSpanId       the gold span created, changed or removed, or null (reject)
 * @param before           the gold span before the decision, or null if it did not exist
 * @param after            the gold span after the decision, or null if it no longer exists
 * @param targetDecisionId for undo and redo: the decision undone or redone; otherwise null
 */
public record Decision(long id, long articleId, String curator, Instant decidedAt, DecisionKind kind,
                       GroupKey disagreementKey, DisagreementKind disagreementKind, Long goldSpanId,
                       LabeledRange before, LabeledRange after, String reason, Long targetDecisionId,
                       List<DecisionSource> sources) {
    public Decision {
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
    }

    /** The annotators whose version became gold, in source order. */
    public List<String> proposers() {
        return sources.stream().filter(DecisionSource::chosen).map(DecisionSource::annotatorName).distinct().toList();
    }
}
