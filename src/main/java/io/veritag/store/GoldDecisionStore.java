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

    /** Appends a decision with its source snapshot and returns its id, without reading it back. */
    public long appendOnly(NewDecision d) {
        long id = ctx.insertInto(GOLD_DECISION)
                .set(GOLD_DECISION.ARTICLE_ID, d.articleId())
                .set(GOLD_DECISION.CURATOR_ID, d.curatorId())
                .set(GOLD_DECISION.DECIDED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(GOLD_DECISION.KIND, d.kind().name())
                .set(GOLD_DECISION.DISAGREEMENT_KEY, d.disagreementKey() == null ? null : d.disagreementKey().value())
                .set(GOLD_DECISION.DISAGREEMENT_KIND, d.disagreementKind() == null ? null : d.disagreementKind().name())
                .set(GOLD_DECISION.GOLD_SPAN_ID, d.goldSpanId())
                .set(GOLD_DECISION.BEFORE_START, d.before() == null ? null : d.before().start())
                .set(GOLD_DECISION.BEFORE_END, d.before() == null ? null : d.before().end())
                .set(GOLD_DECISION.BEFORE_LABEL, d.before() == null ? null : d.before().label())
                .set(GOLD_DECISION.AFTER_START, d.after() == null ? null : d.after().start())
                .set(GOLD_DECISION.AFTER_END, d.after() == null ? null : d.after().end())
                .set(GOLD_DECISION.AFTER_LABEL, d.after() == null ? null : d.after().label())
                .set(GOLD_DECISION.REASON, d.reason())
                .set(GOLD_DECISION.TARGET_DECISION_ID, d.targetDecisionId())
                .set(GOLD_DECISION.GOLD_LINK_ID, d.goldLinkId())
                .set(GOLD_DECISION.LINK_FROM, d.link() == null ? null : d.link().fromGoldSpanId())
                .set(GOLD_DECISION.LINK_TO, d.link() == null ? null : d.link().toGoldSpanId())
                .set(GOLD_DECISION.LINK_TYPE, d.link() == null ? null : d.link().type().name())
                .set(GOLD_DECISION.BEFORE_SOURCE_TYPE, name(d.beforeSourceType()))
                .set(GOLD_DECISION.AFTER_SOURCE_TYPE, name(d.afterSourceType()))
                .set(GOLD_DECISION.GOLD_CLUSTER_ID, d.cluster() == null ? null : d.cluster().id())
                .set(GOLD_DECISION.CLUSTER_CANONICAL, d.cluster() == null ? null : d.cluster().canonical())
                .returningResult(GOLD_DECISION.ID)
                .fetchOne(GOLD_DECISION.ID);
        if (!d.sources().isEmpty()) {
            var insert = ctx.insertInto(GOLD_DECISION_SOURCE, GOLD_DECISION_SOURCE.DECISION_ID, GOLD_DECISION_SOURCE.POSITION,
                    GOLD_DECISION_SOURCE.SPAN_ID, GOLD_DECISION_SOURCE.ANNOTATOR_ID, GOLD_DECISION_SOURCE.ANNOTATOR_NAME,
                    GOLD_DECISION_SOURCE.START_OFFSET, GOLD_DECISION_SOURCE.END_OFFSET, GOLD_DECISION_SOURCE.LABEL,
                    GOLD_DECISION_SOURCE.CHOSEN, GOLD_DECISION_SOURCE.SOURCE_TYPE);
            int position = 0;
            for (DecisionSource s : d.sources()) {
                insert = insert.values(id, position++, s.spanId(), s.annotatorId(), s.annotatorName(), s.start(), s.end(),
                        s.label(), s.chosen(), name(s.sourceType()));
            }
            insert.execute(); // one statement for all sources
        }
        if (!d.linkSources().isEmpty()) {
            var insert = ctx.insertInto(GOLD_DECISION_LINK).columns(GOLD_DECISION_LINK.fields());
            int position = 0;
            for (DecisionLink l : d.linkSources()) {
                insert = insert.values(id, position++, l.linkId(), l.annotatorId(), l.annotatorName(), l.type().name(),
                        l.fromSpanId(), l.from().start(), l.from().end(), l.from().label(),
                        l.toSpanId(), l.to().start(), l.to().end(), l.to().label(), l.chosen());
            }
            insert.execute();
        }
        return id;
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
