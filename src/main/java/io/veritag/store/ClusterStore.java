package io.veritag.store;

import static io.veritag.store.generated.Tables.ARTICLE;
import static io.veritag.store.generated.Tables.CLAIM_CLUSTER;
import static io.veritag.store.generated.Tables.CLAIM_MEMBER;
import static io.veritag.store.generated.Tables.SPAN;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.model.ClusterMember;
import io.veritag.model.ClusterRole;
import io.veritag.model.Span;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Claim clusters and their members. The database checks that a span is in at most one cluster, only in a
 * cluster of its own annotator, with the role its label allows; deleting a span or a cluster deletes the
 * memberships. The member row copies the span's article, annotator and label inside the insert.
 */
public final class ClusterStore {
    /**
     * The article's text up to the span's end: SUBSTRING counts UTF-16 units on H2 but code points on PostgreSQL,
     * so the database cuts a prefix at least as long as the span's end, and Java cuts the span out of it.
     */
    private static final Field<String> SPAN_PREFIX = DSL.substring(ARTICLE.TEXT, DSL.inline(1), SPAN.END_OFFSET).as("span_prefix");

    private final DSLContext ctx;

    ClusterStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    // ---- clusters -------------------------------------------------------------------------------------------

    /** A new cluster of one annotator's layer. */
    public ClaimCluster create(long annotatorId, String canonical) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return ctx.insertInto(CLAIM_CLUSTER)
                .set(CLAIM_CLUSTER.ANNOTATOR_ID, annotatorId)
                .set(CLAIM_CLUSTER.CANONICAL, canonical)
                .set(CLAIM_CLUSTER.SETTLED, false)
                .set(CLAIM_CLUSTER.CREATED_AT, now)
                .set(CLAIM_CLUSTER.UPDATED_AT, now)
                .returning()
                .fetchOne(ClusterStore::toCluster);
    }

    /** Puts a cluster back exactly as it was (same id, wording and times): the undo of a delete. */
    public void restore(ClaimCluster cluster) {
        ctx.insertInto(CLAIM_CLUSTER)
                .set(CLAIM_CLUSTER.ID, cluster.id())
                .set(CLAIM_CLUSTER.ANNOTATOR_ID, cluster.annotatorId())
                .set(CLAIM_CLUSTER.CANONICAL, cluster.canonical())
                .set(CLAIM_CLUSTER.SETTLED, cluster.settled())
                .set(CLAIM_CLUSTER.CREATED_AT, cluster.createdAt().atOffset(ZoneOffset.UTC))
                .set(CLAIM_CLUSTER.UPDATED_AT, cluster.updatedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Writes a cluster's wording and settled mark as given; false if the cluster is gone. */
    public boolean update(ClaimCluster cluster) {
        return ctx.update(CLAIM_CLUSTER)
                .set(CLAIM_CLUSTER.CANONICAL, cluster.canonical())
                .set(CLAIM_CLUSTER.SETTLED, cluster.settled())
                .set(CLAIM_CLUSTER.UPDATED_AT, cluster.updatedAt().atOffset(ZoneOffset.UTC))
                .where(CLAIM_CLUSTER.ID.eq(cluster.id()))
                .execute() == 1;
    }

    /** Deletes a cluster (and with it its memberships). */
    public boolean delete(long clusterId) {
        return ctx.deleteFrom(CLAIM_CLUSTER).where(CLAIM_CLUSTER.ID.eq(clusterId)).execute() == 1;
    }

    public Optional<ClaimCluster> get(long clusterId) {
        return ctx.selectFrom(CLAIM_CLUSTER).where(CLAIM_CLUSTER.ID.eq(clusterId)).fetchOptional(ClusterStore::toCluster);
    }

    /** One annotator's clusters, oldest first. */
    public List<ClaimCluster> forAnnotator(long annotatorId) {
        return ctx.selectFrom(CLAIM_CLUSTER).where(CLAIM_CLUSTER.ANNOTATOR_ID.eq(annotatorId)).orderBy(CLAIM_CLUSTER.ID)
                .fetch(ClusterStore::toCluster);
    }

    public int count() {
        return ctx.fetchCount(CLAIM_CLUSTER);
    }

    // ---- members --------------------------------------------------------------------------------------------

    /** Puts a span (as just read) into a cluster; the foreign keys check it still is what it was. */
    public ClusterMember add(Span span, long clusterId, ClusterRole role) {
        return add(span.id(), span.articleId(), span.annotatorId(), span.label(), clusterId, role);
    }

    /** Puts a span, known by its id, article, annotator and label, into a cluster (the keys check all four). */
    public ClusterMember add(long spanId, long articleId, long annotatorId, String label, long clusterId, ClusterRole role) {
        if (role == null) {
            throw new StoreException("a " + label + " span cannot be in a claim cluster", Constraint.CK_CLAIM_MEMBER_ROLE, null);
        }
        insert(spanId, clusterId, articleId, annotatorId, label, role, OffsetDateTime.now(ZoneOffset.UTC));
        return memberOf(spanId).orElseThrow();
    }

    /** Puts a membership back exactly as it was: the undo of a removal. */
    public void restore(ClusterMember member) {
        insert(member.spanId(), member.clusterId(), member.articleId(), member.annotatorId(), member.label(), member.role(),
                member.addedAt().atOffset(ZoneOffset.UTC));
    }

    private void insert(long spanId, long clusterId, long articleId, long annotatorId, String label, ClusterRole role,
                        OffsetDateTime at) {
        // a plain INSERT (see LinkStore: H2 keeps the row of a failed INSERT … RETURNING outside a transaction)
        ctx.insertInto(CLAIM_MEMBER)
                .set(CLAIM_MEMBER.SPAN_ID, spanId)
                .set(CLAIM_MEMBER.ARTICLE_ID, articleId)
                .set(CLAIM_MEMBER.ANNOTATOR_ID, annotatorId)
                .set(CLAIM_MEMBER.LABEL, label)
                .set(CLAIM_MEMBER.CLUSTER_ID, clusterId)
                .set(CLAIM_MEMBER.ROLE, role.name())
                .set(CLAIM_MEMBER.ADDED_AT, at)
                .execute();
    }

    public boolean remove(long spanId) {
        return ctx.deleteFrom(CLAIM_MEMBER).where(CLAIM_MEMBER.SPAN_ID.eq(spanId)).execute() == 1;
    }

    /** The cluster a span is in, if any. */
    public Optional<ClusterMember> memberOf(long spanId) {
        return ctx.selectFrom(CLAIM_MEMBER).where(CLAIM_MEMBER.SPAN_ID.eq(spanId)).fetchOptional(ClusterStore::toMember);
    }

    /** The members and attached spans of a cluster, in the order they joined. */
    public List<ClusterMember> members(long clusterId) {
        return ctx.selectFrom(CLAIM_MEMBER).where(CLAIM_MEMBER.CLUSTER_ID.eq(clusterId))
                .orderBy(CLAIM_MEMBER.ADDED_AT, CLAIM_MEMBER.SPAN_ID).fetch(ClusterStore::toMember);
    }

    /** The cluster of each of these spans that is in one. */
    public Map<Long, Long> clustersOf(Collection<Long> spanIds) {
        Map<Long, Long> clusters = new HashMap<>();
        if (spanIds.isEmpty()) {
            return clusters;
        }
        ctx.select(CLAIM_MEMBER.SPAN_ID, CLAIM_MEMBER.CLUSTER_ID).from(CLAIM_MEMBER).where(CLAIM_MEMBER.SPAN_ID.in(spanIds))
                .forEach(r -> clusters.put(r.value1(), r.value2()));
        return clusters;
    }

    /** The spans of an annotator's clusters in one article, by span id. */
    public Map<Long, Long> clustersInArticle(long articleId, long annotatorId) {
        Map<Long, Long> clusters = new HashMap<>();
        ctx.select(CLAIM_MEMBER.SPAN_ID, CLAIM_MEMBER.CLUSTER_ID).from(CLAIM_MEMBER)
                .where(CLAIM_MEMBER.ARTICLE_ID.eq(articleId).and(CLAIM_MEMBER.ANNOTATOR_ID.eq(annotatorId)))
                .forEach(r -> clusters.put(r.value1(), r.value2()));
        return clusters;
    }

    // ---- claim spans with their article, for candidates, views and exports -----------------------------------

    /**
     * The sources the members and attached spans of one annotator's clusters are SAID_BY (source span texts), by
     * the span that links to them.
     */
    public Map<Long, List<String>> sourcesOfClustered(long annotatorId) {
        var source = SPAN.as("source_span");
        Field<String> prefix = DSL.substring(ARTICLE.TEXT, DSL.inline(1), source.END_OFFSET).as("source_prefix");
        Map<Long, List<String>> sources = new HashMap<>();
        ctx.select(CLAIM_MEMBER.SPAN_ID, source.START_OFFSET, source.END_OFFSET, prefix)
                .from(CLAIM_MEMBER)
                .join(io.veritag.store.generated.Tables.SPAN_LINK).on(io.veritag.store.generated.Tables.SPAN_LINK.FROM_SPAN_ID.eq(CLAIM_MEMBER.SPAN_ID)
                        .and(io.veritag.store.generated.Tables.SPAN_LINK.LINK_TYPE.eq("SAID_BY")))
                .join(source).on(source.ID.eq(io.veritag.store.generated.Tables.SPAN_LINK.TO_SPAN_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(source.ARTICLE_ID))
                .where(CLAIM_MEMBER.ANNOTATOR_ID.eq(annotatorId))
                .orderBy(source.ID)
                .forEach(r -> sources.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(r.value4().substring(r.value2(), r.value3())));
        return sources;
    }

    /** One span with its article and cluster. */
    public Optional<ClaimSpan> claimSpan(long spanId) {
        return claimSpans(SPAN.ID.eq(spanId)).stream().findFirst();
    }

    /** These spans with their articles and clusters (missing ids are left out). */
    public List<ClaimSpan> claimSpans(Collection<Long> spanIds) {
        return spanIds.isEmpty() ? List.of() : claimSpans(SPAN.ID.in(spanIds));
    }

    /** Every member and attached span of one annotator's clusters (one query), by cluster then article. */
    public List<ClaimSpan> clusteredSpans(long annotatorId) {
        return claimSpans(CLAIM_MEMBER.ANNOTATOR_ID.eq(annotatorId));
    }

    /** The members and attached spans of one cluster. */
    public List<ClaimSpan> clusterSpans(long clusterId) {
        return claimSpans(CLAIM_MEMBER.CLUSTER_ID.eq(clusterId));
    }

    private List<ClaimSpan> claimSpans(Condition where) {
        return ctx.select(SPAN.ID, SPAN.ANNOTATOR_ID, SPAN.ARTICLE_ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, ARTICLE.SOURCE,
                        ARTICLE.PUBLISHED, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, SPAN_PREFIX, CLAIM_MEMBER.CLUSTER_ID)
                .from(SPAN)
                .join(ARTICLE).on(ARTICLE.ID.eq(SPAN.ARTICLE_ID))
                .leftJoin(CLAIM_MEMBER).on(CLAIM_MEMBER.SPAN_ID.eq(SPAN.ID))
                .where(where)
                .orderBy(CLAIM_MEMBER.CLUSTER_ID, SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.ID)
                .fetch(ClusterStore::toClaimSpan);
    }

    /**
     * Every CLAIM span of every annotator with its article and the sentence context the candidate index needs:
     * streamed, for building that index. The consumer gets the span and its article's text.
     */
    public void forEachClaim(Consumer<ClaimText> each) {
        // the claims first (small rows), then each article's text once, a few hundred articles per query
        Map<Long, List<Record>> byArticle = new java.util.TreeMap<>();
        ctx.select(SPAN.ID, SPAN.ANNOTATOR_ID, SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.UPDATED_AT)
                .from(SPAN).where(SPAN.LABEL.eq(io.veritag.model.Label.CLAIM)).fetchSize(2000)
                .forEach(r -> byArticle.computeIfAbsent(r.value3(), k -> new java.util.ArrayList<>()).add(r));
        List<Long> articles = List.copyOf(byArticle.keySet());
        for (int from = 0; from < articles.size(); from += 200) {
            List<Long> chunk = articles.subList(from, Math.min(articles.size(), from + 200));
            ctx.select(ARTICLE.ID, ARTICLE.TEXT).from(ARTICLE).where(ARTICLE.ID.in(chunk)).forEach(a -> {
                for (Record r : byArticle.get(a.value1())) {
                    each.accept(new ClaimText(r.get(SPAN.ID), r.get(SPAN.ANNOTATOR_ID), r.get(SPAN.ARTICLE_ID),
                            r.get(SPAN.START_OFFSET), r.get(SPAN.END_OFFSET), r.get(SPAN.UPDATED_AT).toInstant().toEpochMilli(),
                            a.value2()));
                }
            });
        }
    }

    /** The spans with these ids (of any label), as {@link #forEachClaim} gives them (missing ids are left out). */
    public List<ClaimText> spanTexts(Collection<Long> spanIds) {
        if (spanIds.isEmpty()) {
            return List.of();
        }
        return ctx.select(SPAN.ID, SPAN.ANNOTATOR_ID, SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.UPDATED_AT,
                        ARTICLE.TEXT)
                .from(SPAN).join(ARTICLE).on(ARTICLE.ID.eq(SPAN.ARTICLE_ID))
                .where(SPAN.ID.in(spanIds))
                .fetch(r -> new ClaimText(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().toInstant().toEpochMilli(), r.value7()));
    }

    /** The version (last change, epoch milliseconds) of every CLAIM span, by span id: what the index compares. */
    public Map<Long, Long> claimVersions() {
        Map<Long, Long> versions = new HashMap<>();
        ctx.select(SPAN.ID, SPAN.UPDATED_AT).from(SPAN).where(SPAN.LABEL.eq(io.veritag.model.Label.CLAIM)).fetchSize(2000)
                .forEach(r -> versions.put(r.value1(), r.value2().toInstant().toEpochMilli()));
        return versions;
    }

    /**
     * Count, highest id and latest change of every span (of any label): three look-ups the databases answer from
     * an index or a kept row count, not a scan (index {@code ix_span_updated}, V41). Moves whenever a span is added,
     * removed or changed.
     */
    public SpanMark spanMark() {
        long count = ctx.selectCount().from(SPAN).fetchOne(0, Long.class);
        Long maxId = ctx.select(DSL.max(SPAN.ID)).from(SPAN).fetchOne(0, Long.class);
        OffsetDateTime latest = ctx.select(DSL.max(SPAN.UPDATED_AT)).from(SPAN).fetchOne(0, OffsetDateTime.class);
        return new SpanMark(count, maxId == null ? 0 : maxId, latest == null ? Long.MIN_VALUE : latest.toInstant().toEpochMilli());
    }

    /**
     * The spans (any label) added after {@code mark} (a higher id) or changed at or after its latest change, with
     * their labels: what moved since the mark was taken, apart from deletions and spans put back with their old
     * id and time (which the count shows).
     */
    public List<ChangedSpan> changedSince(SpanMark mark) {
        OffsetDateTime since = java.time.Instant.ofEpochMilli(mark.latestChange()).atOffset(ZoneOffset.UTC);
        Map<Long, ChangedSpan> changed = new java.util.TreeMap<>();
        // two queries, each on its own index (an OR of both would scan)
        ctx.select(SPAN.ID, SPAN.LABEL).from(SPAN).where(SPAN.ID.gt(mark.maxId()))
                .forEach(r -> changed.put(r.value1(), new ChangedSpan(r.value1(), r.value2(), true)));
        if (mark.latestChange() != Long.MIN_VALUE) {
            ctx.select(SPAN.ID, SPAN.LABEL).from(SPAN).where(SPAN.UPDATED_AT.ge(since))
                    .forEach(r -> changed.putIfAbsent(r.value1(), new ChangedSpan(r.value1(), r.value2(), r.value1() > mark.maxId())));
        }
        return List.copyOf(changed.values());
    }

    /** See {@link #spanMark}; {@code latestChange} in epoch milliseconds ({@code Long.MIN_VALUE}: no span). */
    public record SpanMark(long count, long maxId, long latestChange) {
    }

    /** A span added or changed since a {@link SpanMark}; {@code added}: its id is above the mark's highest. */
    public record ChangedSpan(long spanId, String label, boolean added) {
    }

    /** Every CLAIM span of one annotator with the cluster it is in (null: none), by article and start: what cluster agreement pairs. */
    public List<ClaimPlace> claimPlaces(long annotatorId) {
        return ctx.select(SPAN.ID, SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, CLAIM_MEMBER.CLUSTER_ID)
                .from(SPAN).leftJoin(CLAIM_MEMBER).on(CLAIM_MEMBER.SPAN_ID.eq(SPAN.ID))
                .where(SPAN.ANNOTATOR_ID.eq(annotatorId)).and(SPAN.LABEL.eq(io.veritag.model.Label.CLAIM))
                .orderBy(SPAN.ARTICLE_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.ID)
                .fetch(r -> new ClaimPlace(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A CLAIM span's place (UTF-16 offsets) and cluster ({@code null}: in none). */
    public record ClaimPlace(long spanId, long articleId, int start, int end, Long clusterId) {
    }

    /** A CLAIM span and its article's text (for indexing: the span and the sentence around it). */
    public record ClaimText(long spanId, long annotatorId, long articleId, int start, int end, long version,
                            String articleText) {
    }

    static ClaimCluster toCluster(Record r) {
        return new ClaimCluster(r.get(CLAIM_CLUSTER.ID), r.get(CLAIM_CLUSTER.ANNOTATOR_ID), r.get(CLAIM_CLUSTER.CANONICAL),
                Boolean.TRUE.equals(r.get(CLAIM_CLUSTER.SETTLED)), r.get(CLAIM_CLUSTER.CREATED_AT).toInstant(),
                r.get(CLAIM_CLUSTER.UPDATED_AT).toInstant());
    }

    static ClusterMember toMember(Record r) {
        return new ClusterMember(r.get(CLAIM_MEMBER.SPAN_ID), r.get(CLAIM_MEMBER.CLUSTER_ID), r.get(CLAIM_MEMBER.ARTICLE_ID),
                r.get(CLAIM_MEMBER.ANNOTATOR_ID), r.get(CLAIM_MEMBER.LABEL), ClusterRole.valueOf(r.get(CLAIM_MEMBER.ROLE)),
                r.get(CLAIM_MEMBER.ADDED_AT).toInstant());
    }

    static ClaimSpan toClaimSpan(Record r) {
        return new ClaimSpan(r.get(SPAN.ID), r.get(SPAN.ANNOTATOR_ID), r.get(SPAN.ARTICLE_ID), r.get(ARTICLE.EXTERNAL_ID),
                r.get(ARTICLE.TITLE), r.get(ARTICLE.SOURCE), r.get(ARTICLE.PUBLISHED), r.get(SPAN.START_OFFSET),
                r.get(SPAN.END_OFFSET), r.get(SPAN.LABEL),
                r.get("span_prefix", String.class).substring(r.get(SPAN.START_OFFSET), r.get(SPAN.END_OFFSET)),
                r.get(CLAIM_MEMBER.CLUSTER_ID));
    }
}
