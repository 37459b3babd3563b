package io.veritag.model.gold;

import io.veritag.model.SourceType;
import java.util.List;
import java.util.Objects;

/** A decision about to be stored; the store adds id and time. Fields as in {@link Decision}. */
public record NewDecision(long articleId, long curatorId, DecisionKind kind, GroupKey disagreementKey,
                          DisagreementKind disagreementKind, Long goldSpanId, LabeledRange before,
                          LabeledRange after, String reason, Long targetDecisionId, List<DecisionSource> sources,
                          Long goldLinkId, LinkEnds link, SourceType beforeSourceType, SourceType afterSourceType,
                          List<DecisionLink> linkSources, GoldCluster cluster) {
    public NewDecision {
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        linkSources = List.copyOf(linkSources);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A decision that is not about a gold cluster. */
    public NewDecision(long articleId, long curatorId, DecisionKind kind, GroupKey disagreementKey,
                       DisagreementKind disagreementKind, Long goldSpanId, LabeledRange before,
                       LabeledRange after, String reason, Long targetDecisionId, List<DecisionSource> sources,
                       Long goldLinkId, LinkEnds link, SourceType beforeSourceType, SourceType afterSourceType,
                       List<DecisionLink> linkSources) {
        this(articleId, curatorId, kind, disagreementKey, disagreementKind, goldSpanId, before, after, reason,
                targetDecisionId, sources, goldLinkId, link, beforeSourceType, afterSourceType, linkSources, null);
    }

    /** A decision about a gold span only (no link, no source type). */
    public NewDecision(long articleId, long curatorId, DecisionKind kind, GroupKey disagreementKey,
                       DisagreementKind disagreementKind, Long goldSpanId, LabeledRange before,
                       LabeledRange after, String reason, Long targetDecisionId, List<DecisionSource> sources) {
        this(articleId, curatorId, kind, disagreementKey, disagreementKind, goldSpanId, before, after, reason,
                targetDecisionId, sources, null, null, null, null, List.of());
    }
}
