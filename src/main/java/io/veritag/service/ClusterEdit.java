package io.veritag.service;

import io.veritag.store.Store;
import java.util.List;

/** A change to claim clusters as one undo step: its steps applied in order, reverted backwards. */
final class ClusterEdit implements Edit {
    private final String description;
    private final long articleId;
    private final List<ClusterStep> steps;

    ClusterEdit(String description, long articleId, List<ClusterStep> steps) {
        this.description = description;
        this.articleId = articleId;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public SpanChange apply(Store store) {
        for (ClusterStep step : steps) {
            step.apply(store);
        }
        return SpanChange.clusters(articleId, description);
    }

    @Override
    public SpanChange revert(Store store) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).revert(store);
        }
        return SpanChange.clusters(articleId, description);
    }
}
