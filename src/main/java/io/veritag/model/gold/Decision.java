package io.veritag.model.gold;

import io.veritag.model.SourceType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the audit trail: a curator's decision about the gold layer of one article.
 *
 * @param disagreementKey  the group of annotator spans it settled (sorted span ids), or null (add, remove, undo)
 * @param goldSpanId       the gold span created, changed or removed, or null (reject, link decisions)
 * @param before           the gold span before the decision, or null if it did not exist
 * @param after            the gold span after the decision, or null if it no longer exists
 * @param targetDecisionId for undo and redo: the decision undone or redone; otherwise null
 * @param goldLinkId       for link decisions (and their undo and redo): the gold link created or removed
 * @param link             what that gold link joins, or null
 * @param beforeSourceType the gold span's source type before the decision (null: none or not settled)
 * @param afterSourceType  the gold span's source type after the decision
 * @param linkSources      the annotator links a link decision was taken over, as they were
 * @param cluster          for gold cluster decisions (and their undo and redo): the gold cluster and its wording
 */
public record Decision(long id, long articleId, String curator, Instant decidedAt, DecisionKind kind,
                       GroupKey disagreementKey, DisagreementKind disagreementKind, Long goldSpanId,
                       LabeledRange before, LabeledRange after, String reason, Long targetDecisionId,
                       List<DecisionSource> sources, Long goldLinkId, LinkEnds link, SourceType beforeSourceType,
                       SourceType afterSourceType, List<DecisionLink> linkSources, GoldCluster cluster) {
    public Decision {
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        linkSources = List.copyOf(linkSources);
        if ((goldLinkId == null) != (link == null)) {
            throw new IllegalArgumentException("a link decision names its gold link and what it joins");
        }
    }

    /** A decision that is not about a gold cluster. */
    public Decision(long id, long articleId, String curator, Instant decidedAt, DecisionKind kind,
                    GroupKey disagreementKey, DisagreementKind disagreementKind, Long goldSpanId,
                    LabeledRange before, LabeledRange after, String reason, Long targetDecisionId,
                    List<DecisionSource> sources, Long goldLinkId, LinkEnds link, SourceType beforeSourceType,
                    SourceType afterSourceType, List<DecisionLink> linkSources) {
        this(id, articleId, curator, decidedAt, kind, disagreementKey, disagreementKind, goldSpanId, before, after,
                reason, targetDecisionId, sources, goldLinkId, link, beforeSourceType, afterSourceType, linkSources, null);
    }

    /** A decision about a gold span only (no link, no source type). */
    public Decision(long id, long articleId, String curator, Instant decidedAt, DecisionKind kind,
                    GroupKey disagreementKey, DisagreementKind disagreementKind, Long goldSpanId,
                    LabeledRange before, LabeledRange after, String reason, Long targetDecisionId,
                    List<DecisionSource> sources) {
        this(id, articleId, curator, decidedAt, kind, disagreementKey, disagreementKind, goldSpanId, before, after,
                reason, targetDecisionId, sources, null, null, null, null, List.of());
    }

    /** True for a decision that put a gold span into a gold cluster or took it out (or the undo or redo of one). */
    public boolean isAboutCluster() {
        return cluster != null;
    }

    /** True for a decision about a gold link (or the undo or redo of one). */
    public boolean isAboutLink() {
        return link != null;
    }

    /** The annotators whose version became gold, in source order. */
    public List<String> proposers() {
        if (isAboutLink()) {
            return linkSources.stream().filter(DecisionLink::chosen).map(DecisionLink::annotatorName).distinct().toList();
        }
        return sources.stream().filter(DecisionSource::chosen).map(DecisionSource::annotatorName).distinct().toList();
    }
}
