package io.veritag.store;

import static io.veritag.store.generated.Tables.GOLD_CLAIM_CLUSTER;
import static io.veritag.store.generated.Tables.GOLD_CLAIM_MEMBER;
import static io.veritag.store.generated.Tables.GOLD_SPAN;

import io.veritag.model.ClusterRole;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.GoldClusterMember;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Claim clusters of the gold layer and their gold spans. The database checks that a gold span is in at most one
 * gold cluster with the role its label allows; deleting a gold span or a gold cluster deletes the memberships. The
 * member row copies the gold span's article and label inside the insert.
 */
public final class GoldClusterStore {
    private final DSLContext ctx;

    GoldClusterStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public GoldCluster create(String canonical) {
        return ctx.insertInto(GOLD_CLAIM_CLUSTER)
                .set(GOLD_CLAIM_CLUSTER.CANONICAL, canonical)
                .set(GOLD_CLAIM_CLUSTER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returning()
                .fetchOne(r -> new GoldCluster(r.getId(), r.getCanonical()));
    }

    /** Puts a gold cluster back under its old id: undo or redo that brings back a cluster left empty. */
    public void restore(GoldCluster cluster) {
        ctx.insertInto(GOLD_CLAIM_CLUSTER)
                .set(GOLD_CLAIM_CLUSTER.ID, cluster.id())
                .set(GOLD_CLAIM_CLUSTER.CANONICAL, cluster.canonical())
                .set(GOLD_CLAIM_CLUSTER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    public Optional<GoldCluster> get(long id) {
        return ctx.selectFrom(GOLD_CLAIM_CLUSTER).where(GOLD_CLAIM_CLUSTER.ID.eq(id))
                .fetchOptional(r -> new GoldCluster(r.getId(), r.getCanonical()));
    }

    /** Every gold cluster, oldest first. */
    public List<GoldCluster> all() {
        return ctx.selectFrom(GOLD_CLAIM_CLUSTER).orderBy(GOLD_CLAIM_CLUSTER.ID)
                .fetch(r -> new GoldCluster(r.getId(), r.getCanonical()));
    }

    /** Deletes a gold cluster (and its memberships); false if it is gone. */
    public boolean delete(long id) {
        return ctx.deleteFrom(GOLD_CLAIM_CLUSTER).where(GOLD_CLAIM_CLUSTER.ID.eq(id)).execute() == 1;
    }

    /** Puts a gold span into a gold cluster with the role its label calls for. */
    public GoldClusterMember add(long goldSpanId, long clusterId) {
        Record span = ctx.select(GOLD_SPAN.ARTICLE_ID, GOLD_SPAN.LABEL).from(GOLD_SPAN).where(GOLD_SPAN.ID.eq(goldSpanId)).fetchOne();
        if (span == null) {
            throw new StoreException("gold span " + goldSpanId + " no longer exists", null);
        }
        ClusterRole role = ClusterRole.of(span.get(GOLD_SPAN.LABEL));
        if (role == null) {
            throw new StoreException("a " + span.get(GOLD_SPAN.LABEL) + " span cannot be in a claim cluster", null);
        }
        // a plain INSERT, then a read (see LinkStore: H2 keeps a returning() row whose foreign key check failed)
        ctx.insertInto(GOLD_CLAIM_MEMBER)
                .set(GOLD_CLAIM_MEMBER.GOLD_SPAN_ID, goldSpanId)
                .set(GOLD_CLAIM_MEMBER.ARTICLE_ID, span.get(GOLD_SPAN.ARTICLE_ID))
                .set(GOLD_CLAIM_MEMBER.LABEL, span.get(GOLD_SPAN.LABEL))
                .set(GOLD_CLAIM_MEMBER.CLUSTER_ID, clusterId)
                .set(GOLD_CLAIM_MEMBER.ROLE, role.name())
                .set(GOLD_CLAIM_MEMBER.ADDED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        return memberOf(goldSpanId).orElseThrow();
    }

    /** Takes a gold span out of its gold cluster; false if it was in none. */
    public boolean remove(long goldSpanId) {
        return ctx.deleteFrom(GOLD_CLAIM_MEMBER).where(GOLD_CLAIM_MEMBER.GOLD_SPAN_ID.eq(goldSpanId)).execute() == 1;
    }

    public Optional<GoldClusterMember> memberOf(long goldSpanId) {
        return ctx.selectFrom(GOLD_CLAIM_MEMBER).where(GOLD_CLAIM_MEMBER.GOLD_SPAN_ID.eq(goldSpanId))
                .fetchOptional(GoldClusterStore::toMember);
    }

    /** The gold spans of one gold cluster, by article and gold span id. */
    public List<GoldClusterMember> members(long clusterId) {
        return ctx.selectFrom(GOLD_CLAIM_MEMBER).where(GOLD_CLAIM_MEMBER.CLUSTER_ID.eq(clusterId))
                .orderBy(GOLD_CLAIM_MEMBER.ARTICLE_ID, GOLD_CLAIM_MEMBER.GOLD_SPAN_ID)
                .fetch(GoldClusterStore::toMember);
    }

    /** The memberships of these gold spans (those in no gold cluster are absent). */
    public List<GoldClusterMember> membersAmong(Collection<Long> goldSpanIds) {
        return ctx.selectFrom(GOLD_CLAIM_MEMBER).where(GOLD_CLAIM_MEMBER.GOLD_SPAN_ID.in(goldSpanIds))
                .orderBy(GOLD_CLAIM_MEMBER.GOLD_SPAN_ID)
                .fetch(GoldClusterStore::toMember);
    }

    /** Every membership, by cluster, article and gold span id. */
    public List<GoldClusterMember> allMembers() {
        return ctx.selectFrom(GOLD_CLAIM_MEMBER)
                .orderBy(GOLD_CLAIM_MEMBER.CLUSTER_ID, GOLD_CLAIM_MEMBER.ARTICLE_ID, GOLD_CLAIM_MEMBER.GOLD_SPAN_ID)
                .fetch(GoldClusterStore::toMember);
    }

    public int count() {
        return ctx.fetchCount(GOLD_CLAIM_CLUSTER);
    }

    private static GoldClusterMember toMember(io.veritag.store.generated.tables.records.GoldClaimMemberRecord r) {
        return new GoldClusterMember(r.getGoldSpanId(), r.getArticleId(), r.getLabel(), r.getClusterId(),
                ClusterRole.valueOf(r.getRole()));
    }
}
