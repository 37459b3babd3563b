package io.veritag.service;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Span;
import io.veritag.store.Store;

/**
 * One primitive change to claim clusters, that knows its exact inverse. A cluster edit is a list of them: applied
 * in order, reverted backwards. Rows are put back as they were (same ids and times), so undo and redo leave
 * nothing behind that the first time did not.
 */
interface ClusterStep {
    void apply(Store store);

    void revert(Store store);

    /** A new cluster; its id is given on first apply and kept by redo. */
    final class Create implements ClusterStep {
        private final long annotatorId;
        private final String canonical;
        private ClaimCluster created;

        Create(long annotatorId, String canonical) {
            this.annotatorId = annotatorId;
            this.canonical = canonical;
        }

        long id() {
            if (created == null) {
                throw new IllegalStateException("the cluster is not created yet");
            }
            return created.id();
        }

        @Override
        public void apply(Store store) {
            if (created == null) {
                created = store.clusters().create(annotatorId, canonical);
            } else {
                store.clusters().restore(created);
            }
        }

        @Override
        public void revert(Store store) {
            if (!store.clusters().delete(created.id())) {
                throw new LabelingException("That claim cluster no longer exists");
            }
        }
    }

    /** Deletes a cluster that has no members left; undo brings it back as it was. */
    record Delete(ClaimCluster cluster) implements ClusterStep {
        @Override
        public void apply(Store store) {
            if (!store.clusters().delete(cluster.id())) {
                throw new LabelingException("That claim cluster no longer exists");
            }
        }

        @Override
        public void revert(Store store) {
            store.clusters().restore(cluster);
        }
    }

    /** Puts a span into a cluster (given now, or created by an earlier step of the same edit). */
    final class Join implements ClusterStep {
        private final long spanId;
        private final long articleId;
        private final long annotatorId;
        private final String label;
        private final java.util.function.LongSupplier clusterId;
        private ClusterMember added;

        Join(Span span, java.util.function.LongSupplier clusterId) {
            this(span.id(), span.articleId(), span.annotatorId(), span.label(), clusterId);
        }

        /** The span of an existing membership into another cluster (a move). */
        Join(ClusterMember member, java.util.function.LongSupplier clusterId) {
            this(member.spanId(), member.articleId(), member.annotatorId(), member.label(), clusterId);
        }

        private Join(long spanId, long articleId, long annotatorId, String label, java.util.function.LongSupplier clusterId) {
            this.spanId = spanId;
            this.articleId = articleId;
            this.annotatorId = annotatorId;
            this.label = label;
            this.clusterId = clusterId;
        }

        @Override
        public void apply(Store store) {
            if (added == null) {
                added = store.clusters().add(spanId, articleId, annotatorId, label, clusterId.getAsLong(), ClusterRole.of(label));
            } else {
                store.clusters().restore(added);
            }
        }

        @Override
        public void revert(Store store) {
            if (!store.clusters().remove(spanId)) {
                throw new LabelingException("That span is no longer in the claim cluster");
            }
        }
    }

    /** Takes a span out of its cluster; undo puts the same row back. */
    record Leave(ClusterMember member) implements ClusterStep {
        @Override
        public void apply(Store store) {
            if (!store.clusters().remove(member.spanId())) {
                throw new LabelingException("That span is no longer in the claim cluster");
            }
        }

        @Override
        public void revert(Store store) {
            store.clusters().restore(member);
        }
    }

    /** Changes a cluster's wording or settled mark. */
    record Change(ClaimCluster before, ClaimCluster after) implements ClusterStep {
        @Override
        public void apply(Store store) {
            write(store, after);
        }

        @Override
        public void revert(Store store) {
            write(store, before);
        }

        private static void write(Store store, ClaimCluster cluster) {
            if (!store.clusters().update(cluster)) {
                throw new LabelingException("That claim cluster no longer exists");
            }
        }
    }
}
