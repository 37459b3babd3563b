package io.veritag.store;

import io.veritag.model.gold.GroupKey;
import static io.veritag.store.generated.Tables.CURATOR;
import static io.veritag.store.generated.Tables.GOLD_DECISION;
import static io.veritag.store.generated.Tables.GOLD_DECISION_LINK;
import static io.veritag.store.generated.Tables.GOLD_DECISION_SOURCE;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.gold.DecisionLink;
import io.veritag.model.gold.LinkEnds;

import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.NewDecision;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** The audit trail of the gold layer. Rows are only ever appended. */
public final class GoldDecisionStore {
    private final DSLContext ctx;

    GoldDecisionStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Appends a decision with its source snapshot and returns it as stored. */
    public Decision append(NewDecision d) {
        return get(appendOnly(d)).orElseThrow();
    }

    /** The columns a decision is appended with, in the order {@link #decisionValues} gives them. */
    private static final List<Field<?>> DECISION_COLUMNS = List.of(GOLD_DECISION.ARTICLE_ID, GOLD_DECISION.CURATOR_ID,
            GOLD_DECISION.DECIDED_AT, GOLD_DECISION.KIND, GOLD_DECISION.DISAGREEMENT_KEY, GOLD_DECISION.DISAGREEMENT_KIND,
            GOLD_DECISION.GOLD_SPAN_ID, GOLD_DECISION.BEFORE_START, GOLD_DECISION.BEFORE_END, GOLD_DECISION.BEFORE_LABEL,
            GOLD_DECISION.AFTER_START, GOLD_DECISION.AFTER_END, GOLD_DECISION.AFTER_LABEL, GOLD_DECISION.REASON,
            GOLD_DECISION.TARGET_DECISION_ID, GOLD_DECISION.GOLD_LINK_ID, GOLD_DECISION.LINK_FROM, GOLD_DECISION.LINK_TO,
            GOLD_DECISION.LINK_TYPE, GOLD_DECISION.BEFORE_SOURCE_TYPE, GOLD_DECISION.AFTER_SOURCE_TYPE,
            GOLD_DECISION.GOLD_CLUSTER_ID, GOLD_DECISION.CLUSTER_CANONICAL);
    private static final List<Field<?>> SOURCE_COLUMNS = List.of(GOLD_DECISION_SOURCE.DECISION_ID,
            GOLD_DECISION_SOURCE.POSITION, GOLD_DECISION_SOURCE.SPAN_ID, GOLD_DECISION_SOURCE.ANNOTATOR_ID,
            GOLD_DECISION_SOURCE.ANNOTATOR_NAME, GOLD_DECISION_SOURCE.START_OFFSET, GOLD_DECISION_SOURCE.END_OFFSET,
            GOLD_DECISION_SOURCE.LABEL, GOLD_DECISION_SOURCE.CHOSEN, GOLD_DECISION_SOURCE.SOURCE_TYPE);

    /** Appends a decision with its source snapshot and returns its id, without reading it back. */
    public long appendOnly(NewDecision d) {
        String insert = RenderedSql.of(ctx, "gold decision", () -> ctx.insertInto(GOLD_DECISION)
                .columns(DECISION_COLUMNS).values(RenderedSql.params(DECISION_COLUMNS, 0)).returningResult(GOLD_DECISION.ID));
        long id = ctx.resultQuery(insert, RenderedSql.values(DECISION_COLUMNS, decisionValues(d)).toArray())
                .fetchOne().get(0, Long.class);
        if (!d.sources().isEmpty()) {
            int rows = d.sources().size();
            String sources = RenderedSql.of(ctx, "gold decision sources " + rows, () -> {
                var statement = ctx.insertInto(GOLD_DECISION_SOURCE).columns(SOURCE_COLUMNS);
                for (int row = 0; row < rows; row++) {
                    statement = statement.values(RenderedSql.params(SOURCE_COLUMNS, row * SOURCE_COLUMNS.size()));
                }
                return statement;
            });
            List<Object> values = new ArrayList<>(rows * SOURCE_COLUMNS.size());
            int position = 0;
            for (DecisionSource s : d.sources()) {
                values.addAll(RenderedSql.values(SOURCE_COLUMNS, id, position++, s.spanId(), s.annotatorId(),
                        s.annotatorName(), s.start(), s.end(), s.label(), s.chosen(), name(s.sourceType())));
            }
            ctx.query(sources, values.toArray()).execute(); // one statement for all sources
        }
        if (!d.linkSources().isEmpty()) {
            var links = ctx.insertInto(GOLD_DECISION_LINK).columns(GOLD_DECISION_LINK.fields());
            int position = 0;
            for (DecisionLink l : d.linkSources()) {
                links = links.values(id, position++, l.linkId(), l.annotatorId(), l.annotatorName(), l.type().name(),
                        l.fromSpanId(), l.from().start(), l.from().end(), l.from().label(),
                        l.toSpanId(), l.to().start(), l.to().end(), l.to().label(), l.chosen());
            }
            links.execute();
        }
        return id;
    }

    private static Object[] decisionValues(NewDecision d) {
        return new Object[] {d.articleId(), d.curatorId(), OffsetDateTime.now(ZoneOffset.UTC), d.kind().name(),
            d.disagreementKey() == null ? null : d.disagreementKey().value(),
            d.disagreementKind() == null ? null : d.disagreementKind().name(),
            d.goldSpanId(),
            d.before() == null ? null : d.before().start(), d.before() == null ? null : d.before().end(),
            d.before() == null ? null : d.before().label(),
            d.after() == null ? null : d.after().start(), d.after() == null ? null : d.after().end(),
            d.after() == null ? null : d.after().label(),
            d.reason(), d.targetDecisionId(), d.goldLinkId(),
            d.link() == null ? null : d.link().fromGoldSpanId(), d.link() == null ? null : d.link().toGoldSpanId(),
            d.link() == null ? null : d.link().type().name(),
            name(d.beforeSourceType()), name(d.afterSourceType()),
            d.cluster() == null ? null : d.cluster().id(), d.cluster() == null ? null : d.cluster().canonical()};
    }

    public Optional<Decision> get(long id) {
        List<Decision> found = fetch(GOLD_DECISION.ID.eq(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every decision about one article, oldest first. */
    public List<Decision> forArticle(long articleId) {
        return fetch(GOLD_DECISION.ARTICLE_ID.eq(articleId));
    }

    /** Every decision about these articles, per article oldest first, in two queries. */
    public Map<Long, List<Decision>> forArticles(java.util.Collection<Long> articleIds) {
        Map<Long, List<Decision>> found = new HashMap<>();
        for (Decision d : fetch(GOLD_DECISION.ARTICLE_ID.in(articleIds))) {
            found.computeIfAbsent(d.articleId(), k -> new ArrayList<>()).add(d);
        }
        return found;
    }

    /** The history of one gold span: every decision that created, changed, removed or restored it, oldest first. */
    public List<Decision> forGoldSpan(long goldSpanId) {
        return fetch(GOLD_DECISION.GOLD_SPAN_ID.eq(goldSpanId));
    }

    public int count() {
        return ctx.fetchCount(GOLD_DECISION);
    }

    private List<Decision> fetch(Condition condition) {
        List<Record> rows = ctx.select(GOLD_DECISION.asterisk(), CURATOR.NAME)
                .from(GOLD_DECISION)
                .join(CURATOR).on(CURATOR.ID.eq(GOLD_DECISION.CURATOR_ID))
                .where(condition)
                .orderBy(GOLD_DECISION.ID)
                .fetch()
                .stream().map(r -> (Record) r).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(GOLD_DECISION.ID)).toList();
        Map<Long, List<DecisionSource>> sources = new HashMap<>();
        ctx.selectFrom(GOLD_DECISION_SOURCE)
                .where(GOLD_DECISION_SOURCE.DECISION_ID.in(ids))
                .orderBy(GOLD_DECISION_SOURCE.DECISION_ID, GOLD_DECISION_SOURCE.POSITION)
                .forEach(s -> sources.computeIfAbsent(s.getDecisionId(), k -> new ArrayList<>()).add(new DecisionSource(
                        s.getSpanId(), s.getAnnotatorId(), s.getAnnotatorName(), s.getStartOffset(), s.getEndOffset(),
                        s.getLabel(), s.getChosen(), s.getSourceType() == null ? null : SourceType.valueOf(s.getSourceType()))));
        Map<Long, List<DecisionLink>> links = new HashMap<>();
        ctx.selectFrom(GOLD_DECISION_LINK)
                .where(GOLD_DECISION_LINK.DECISION_ID.in(ids))
                .orderBy(GOLD_DECISION_LINK.DECISION_ID, GOLD_DECISION_LINK.POSITION)
                .forEach(l -> links.computeIfAbsent(l.getDecisionId(), k -> new ArrayList<>()).add(new DecisionLink(
                        l.getLinkId(), l.getAnnotatorId(), l.getAnnotatorName(), LinkType.valueOf(l.getLinkType()),
                        l.getFromSpanId(), new LabeledRange(l.getFromStart(), l.getFromEnd(), l.getFromLabel()),
                        l.getToSpanId(), new LabeledRange(l.getToStart(), l.getToEnd(), l.getToLabel()), l.getChosen())));
        return rows.stream().map(r -> toDecision(r, sources.getOrDefault(r.get(GOLD_DECISION.ID), List.of()),
                links.getOrDefault(r.get(GOLD_DECISION.ID), List.of()))).toList();
    }

    private static Decision toDecision(Record r, List<DecisionSource> sources, List<DecisionLink> links) {
        String disagreementKind = r.get(GOLD_DECISION.DISAGREEMENT_KIND);
        return new Decision(r.get(GOLD_DECISION.ID), r.get(GOLD_DECISION.ARTICLE_ID), r.get(CURATOR.NAME),
                r.get(GOLD_DECISION.DECIDED_AT).toInstant(), DecisionKind.valueOf(r.get(GOLD_DECISION.KIND)),
                r.get(GOLD_DECISION.DISAGREEMENT_KEY) == null ? null : new GroupKey(r.get(GOLD_DECISION.DISAGREEMENT_KEY)),
                disagreementKind == null ? null : DisagreementKind.valueOf(disagreementKind),
                r.get(GOLD_DECISION.GOLD_SPAN_ID),
                range(r.get(GOLD_DECISION.BEFORE_START), r.get(GOLD_DECISION.BEFORE_END), r.get(GOLD_DECISION.BEFORE_LABEL)),
                range(r.get(GOLD_DECISION.AFTER_START), r.get(GOLD_DECISION.AFTER_END), r.get(GOLD_DECISION.AFTER_LABEL)),
                r.get(GOLD_DECISION.REASON), r.get(GOLD_DECISION.TARGET_DECISION_ID), sources,
                r.get(GOLD_DECISION.GOLD_LINK_ID),
                r.get(GOLD_DECISION.LINK_TYPE) == null ? null : new LinkEnds(r.get(GOLD_DECISION.LINK_FROM),
                        r.get(GOLD_DECISION.LINK_TO), LinkType.valueOf(r.get(GOLD_DECISION.LINK_TYPE))),
                sourceType(r.get(GOLD_DECISION.BEFORE_SOURCE_TYPE)), sourceType(r.get(GOLD_DECISION.AFTER_SOURCE_TYPE)),
                links, r.get(GOLD_DECISION.GOLD_CLUSTER_ID) == null ? null
                        : new GoldCluster(r.get(GOLD_DECISION.GOLD_CLUSTER_ID), r.get(GOLD_DECISION.CLUSTER_CANONICAL)));
    }

    private static String name(SourceType type) {
        return type == null ? null : type.name();
    }

    private static SourceType sourceType(String name) {
        return name == null ? null : SourceType.valueOf(name);
    }

    private static LabeledRange range(Integer start, Integer end, String label) {
        return start == null ? null : new LabeledRange(start, end, label);
    }
}
