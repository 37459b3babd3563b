package io.veritag.agreement.adjudication;

import io.veritag.model.gold.GroupKey;
import java.util.List;
import java.util.Optional;

/** The chosen annotators' spans of one article, split into unanimous spans and disagreements, each by position. */
public record ArticleComparison(List<Long> annotatorIds, List<SpanGroup> unanimous, List<SpanGroup> disagreements) {
    public ArticleComparison {
        annotatorIds = List.copyOf(annotatorIds);
        unanimous = List.copyOf(unanimous);
        disagreements = List.copyOf(disagreements);
    }

    public Optional<SpanGroup> disagreement(GroupKey key) {
        return disagreements.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Optional<SpanGroup> unanimousGroup(GroupKey key) {
        return unanimous.stream().filter(g -> g.key().equals(key)).findFirst();
    }
}
