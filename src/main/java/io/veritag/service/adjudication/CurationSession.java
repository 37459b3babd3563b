package io.veritag.service.adjudication;

import io.veritag.model.gold.GroupKey;
import io.veritag.agreement.adjudication.GoldBoundaries;
import io.veritag.agreement.adjudication.PreAcceptance;
import io.veritag.agreement.adjudication.SpanGroup;
import io.veritag.agreement.adjudication.SpanVersion;
import io.veritag.model.Annotator;
import io.veritag.model.Label;
import io.veritag.model.Span;
import io.veritag.model.gold.Curator;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.DecisionKind;
import io.veritag.model.gold.DecisionSource;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.model.gold.NewDecision;
import io.veritag.agreement.adjudication.GoldLinks;
import io.veritag.model.Link;
import io.veritag.model.SourceType;
import io.veritag.model.gold.DecisionLink;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.LinkEnds;
import io.veritag.store.Store;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One curator settling the chosen annotators' disagreements. Every method is one decision, committed
 * (gold span, audit row and article status together) before it returns the article as it now stands.
 * Methods throw {@link IllegalArgumentException} or {@link IllegalStateException} with a message fit for
 * the user when the decision does not apply (for instance when the annotators' spans changed meanwhile).
 */
public final class CurationSession {
    private final Store store;
    private final AdjudicationService service;
    private final List<Annotator> annotators;
    private final Curator curator;
    private final Map<Long, String> annotatorNames;
    private int lastPreAccepted;
    private int lastLinksCarried;
    /** Per article, the newest decision this session has shown: a decision taken on an older view is refused. */
    private final Map<Long, Long> shownDecision = new java.util.concurrent.ConcurrentHashMap<>();

    CurationSession(Store store, AdjudicationService service, List<Annotator> annotators, Curator curator) {
        this.store = store;
        this.service = service;
        this.annotators = List.copyOf(annotators);
        this.curator = curator;
        this.annotatorNames = annotators.stream().collect(Collectors.toMap(Annotator::id, Annotator::name));
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    public Curator curator() {
        return curator;
    }

    public AdjudicationService service() {
        return service;
    }

    /** Decisions about the claim clusters of the gold layer, in this session's name. */
    public GoldClusterCuration clusters() {
        return new GoldClusterCuration(store, this);
    }

    /** One decision on an article, as every method here takes it (for {@link GoldClusterCuration}). */
    ArticleAdjudication decideOn(long articleId, java.util.function.BiConsumer<Store, ArticleAdjudication> step) {
        return decide(articleId, step::accept);
    }

    /**
     * This session took decisions on an article outside {@link #decideOn} (an annotator's cluster accepted across
     * articles): a view that was current before them stays current.
     */
    void decidedHere(long articleId, long newestBefore, long newestAfter) {
        shownDecision.replace(articleId, newestBefore, newestAfter);
    }

    /** Opens an article: pre-accepts its unanimous spans that no decision has dealt with yet. */
    public ArticleAdjudication open(long articleId) {
        return decide(articleId, false, (tx, state) -> {
            lastPreAccepted = preAccept(tx, state);
            carryUnanimousLinks(tx, AdjudicationService.withGold(tx, state));
        });
    }

    /**
     * Pre-accepts the article's unanimous spans that no decision has dealt with yet (a SOURCE span with the
     * source type its annotators agree on), inside the caller's transaction (which holds the article's lock);
     * returns how many. Links are carried by {@link #open}, once their ends are in gold.
     */
    int preAccept(Store tx, ArticleAdjudication state) {
        long articleId = state.article().id();
        List<LabeledRange> inGold = state.gold().stream().map(GoldSpan::range).toList();
        List<SpanGroup> pending = PreAcceptance.pending(state.comparison(), state.trail(), inGold);
        for (SpanGroup group : pending) {
            LabeledRange range = group.versions().get(0).range();
            SourceType type = agreedType(group.versions().get(0).spans());
            GoldSpan gold = tx.gold().spans().insert(articleId, range, type);
            append(tx, articleId, DecisionKind.PRE_ACCEPT, group, gold.id(), null, range, null, null, range, null, type);
        }
        return pending.size();
    }

    /** Records an article's status after decisions taken in the caller's transaction. */
    void saveStatus(Store tx, ArticleAdjudication done) {
        tx.gold().articles().save(done.article().id(), annotators.stream().map(Annotator::name).toList(),
                done.settlement().settled(), done.settlement().total(), curator.id());
    }

    /**
     * Links every compared annotator made between spans that are now in gold go to gold too, once: a link a
     * curator removed, or whose acceptance was undone, is not carried again.
     */
    private void carryUnanimousLinks(Store tx, ArticleAdjudication state) {
        java.util.Set<LinkEnds> decided = state.trail().stream().filter(Decision::isAboutLink).map(Decision::link)
                .collect(Collectors.toSet());
        lastLinksCarried = 0;
        for (GoldLinks.Candidate candidate : state.linkView().candidates()) {
            if (candidate.unanimous() && !candidate.inGold() && !decided.contains(candidate.ends())) {
                LinkEnds ends = candidate.ends();
                GoldLink link = tx.gold().links().insert(ends.fromGoldSpanId(), ends.toGoldSpanId(), ends.type());
                appendLink(tx, state, DecisionKind.LINK_ACCEPT, DisagreementKind.UNANIMOUS, link.id(), ends, null, null);
                lastLinksCarried++;
            }
        }
    }

    /** How many unanimous links the last {@link #open} carried into gold. */
    public int lastLinksCarried() {
        return lastLinksCarried;
    }

    /**
     * Takes a link into gold between two gold spans, as at least one compared annotator linked them (the
     * candidate must be one the curator was shown: both ends in gold, proposed, not yet in gold).
     */
    public ArticleAdjudication acceptLink(long articleId, LinkEnds ends, String reason) {
        return decide(articleId, (tx, state) -> {
            GoldLinks.Candidate candidate = state.linkView().candidate(ends)
                    .filter(c -> !c.proposals().isEmpty())
                    .orElseThrow(() -> new IllegalStateException(
                            "no annotator links these gold spans this way (the annotations changed); reload the article"));
            if (candidate.inGold()) {
                throw new IllegalStateException("gold already has this link");
            }
            GoldLink link = tx.gold().links().insert(ends.fromGoldSpanId(), ends.toGoldSpanId(), ends.type());
            appendLink(tx, state, DecisionKind.LINK_ACCEPT, null, link.id(), ends, reason, null);
        });
    }

    /** Takes a link out of gold. */
    public ArticleAdjudication removeLink(long articleId, long goldLinkId, String reason) {
        return decide(articleId, (tx, state) -> {
            GoldLink link = state.goldLinks().stream().filter(l -> l.id() == goldLinkId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("gold link " + goldLinkId + " is not in this article's gold"));
            tx.gold().links().delete(goldLinkId);
            appendLink(tx, state, DecisionKind.LINK_REMOVE, null, goldLinkId, link.ends(), reason, null);
        });
    }

    /** Settles (or changes) the source type of a gold SOURCE span. */
    public ArticleAdjudication setSourceType(long articleId, long goldSpanId, SourceType type, String reason) {
        java.util.Objects.requireNonNull(type, "type");
        return decide(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            if (!gold.isSource()) {
                throw new IllegalArgumentException("only a SOURCE span has a source type, not " + gold.label());
            }
            if (type == gold.sourceType()) {
                throw new IllegalStateException("this source is already " + type.displayName());
            }
            tx.gold().spans().setSourceType(goldSpanId, type);
            List<DecisionSource> sources = state.linkView().sourcesOf(goldSpanId).stream()
                    .map(s -> source(s, s.sourceType() == type)).toList();
            tx.gold().decisions().append(new NewDecision(articleId, curator.id(), DecisionKind.SOURCE_TYPE, null, null,
                    goldSpanId, gold.range(), gold.range(), reason, null, sources, null, null, gold.sourceType(), type,
                    List.of()));
        });
    }

    /** How many unanimous spans the last {@link #open} pre-accepted. */
    public int lastPreAccepted() {
        return lastPreAccepted;
    }

    /**
     * Takes one version of a disagreement into gold as it is; a SOURCE version takes the source type its
     * annotators agree on (otherwise the type is left to settle).
     */
    public ArticleAdjudication accept(long articleId, GroupKey disagreementKey, LabeledRange version, String reason) {
        return decide(articleId, (tx, state) -> {
            SpanGroup group = openForAcceptance(state, disagreementKey);
            requireVersion(group, version);
            requireNotInGold(state, version);
            SourceType type = agreedType(group.versions().stream().filter(v -> v.range().equals(version))
                    .flatMap(v -> v.spans().stream()).toList());
            GoldSpan gold = tx.gold().spans().insert(articleId, version, type);
            append(tx, articleId, DecisionKind.ACCEPT, group, gold.id(), null, version, reason, null, version, null, type);
        });
    }

    /** Takes a version into gold with other boundaries or label; {@code basedOn} may be null. */
    public ArticleAdjudication edit(long articleId, GroupKey disagreementKey, LabeledRange basedOn, LabeledRange result,
                                    String reason) {
        return decide(articleId, (tx, state) -> {
            SpanGroup group = openForAcceptance(state, disagreementKey);
            if (basedOn != null) {
                requireVersion(group, basedOn);
            }
            checkRange(tx, state, result);
            requireNotInGold(state, result);
            GoldSpan gold = tx.gold().spans().insert(articleId, result);
            append(tx, articleId, DecisionKind.EDIT, group, gold.id(), null, result, reason, null, basedOn);
        });
    }

    /** Settles a disagreement with nothing in gold. */
    public ArticleAdjudication reject(long articleId, GroupKey disagreementKey, String reason) {
        return decide(articleId, (tx, state) -> {
            SpanGroup group = requireDisagreement(state, disagreementKey);
            if (state.isSettled(disagreementKey)) {
                throw new IllegalStateException("this disagreement is already settled; undo that decision first");
            }
            append(tx, articleId, DecisionKind.REJECT, group, null, null, null, reason, null, null);
        });
    }

    /** Adds a gold span nobody proposed. */
    public ArticleAdjudication add(long articleId, LabeledRange range, String reason) {
        return decide(articleId, (tx, state) -> {
            checkRange(tx, state, range);
            requireNotInGold(state, range);
            GoldSpan gold = tx.gold().spans().insert(articleId, range);
            append(tx, articleId, DecisionKind.ADD, null, gold.id(), null, range, reason, null, null);
        });
    }

    /** Changes the boundaries or label of a gold span. */
    public ArticleAdjudication editGold(long articleId, long goldSpanId, LabeledRange range, String reason) {
        return decide(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            checkRange(tx, state, range);
            if (!gold.range().equals(range)) {
                requireNotInGold(state, range);
            }
            if (!gold.label().equals(range.label()) && state.goldLinks().stream().anyMatch(l -> l.touches(goldSpanId))) {
                throw new IllegalStateException("this gold span has links; remove them before changing its label");
            }
            if (!gold.label().equals(range.label()) && GoldClusterCuration.inCluster(tx, goldSpanId)) {
                throw new IllegalStateException("this gold span is in a gold claim cluster; take it out before changing its label");
            }
            GoldSpan after = tx.gold().spans().update(goldSpanId, range);
            append(tx, articleId, DecisionKind.EDIT, null, goldSpanId, gold.range(), range, reason, null, null,
                    gold.sourceType(), after.sourceType());
        });
    }

    /** Takes a gold span out of gold (for instance a pre-accepted one the curator disagrees with). */
    public ArticleAdjudication remove(long articleId, long goldSpanId, String reason) {
        return decide(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            if (state.goldLinks().stream().anyMatch(l -> l.touches(goldSpanId))) {
                throw new IllegalStateException("this gold span has links; remove them first");
            }
            if (GoldClusterCuration.inCluster(tx, goldSpanId)) {
                throw new IllegalStateException("this gold span is in a gold claim cluster; take it out first");
            }
            tx.gold().spans().delete(goldSpanId);
            append(tx, articleId, DecisionKind.REMOVE, null, goldSpanId, gold.range(), null, reason, null, null,
                    gold.sourceType(), null);
        });
    }

    /** Takes back the latest decision in force on this article. */
    public ArticleAdjudication undo(long articleId) {
        return decide(articleId, (tx, state) -> {
            Decision target = state.nextUndo()
                    .orElseThrow(() -> new IllegalStateException("nothing to undo in this article"));
            step(tx, state, target, DecisionKind.UNDO);
        });
    }

    /** Applies the latest undone decision again. */
    public ArticleAdjudication redo(long articleId) {
        return decide(articleId, (tx, state) -> {
            Decision target = state.nextRedo()
                    .orElseThrow(() -> new IllegalStateException("nothing to redo in this article"));
            step(tx, state, target, DecisionKind.REDO);
        });
    }

    /** Undoes (backwards) or redoes a decision, and records that as a decision naming it. */
    private void step(Store tx, ArticleAdjudication state, Decision target, DecisionKind kind) {
        boolean back = kind == DecisionKind.UNDO;
        long articleId = state.article().id();
        if (target.isAboutCluster()) {
            GoldClusterCuration.undoOrRedo(tx, articleId, curator.id(), target, kind);
            return;
        }
        if (target.isAboutLink()) {
            boolean present = (target.kind() == DecisionKind.LINK_ACCEPT) != back;
            LinkEnds ends = target.link();
            if (present) {
                tx.gold().links().restore(target.goldLinkId(), ends.fromGoldSpanId(), ends.toGoldSpanId(), ends.type());
            } else {
                tx.gold().links().delete(target.goldLinkId());
            }
            tx.gold().decisions().append(new NewDecision(articleId, curator.id(), kind, null, null, null, null, null, null,
                    target.id(), List.of(), target.goldLinkId(), ends, null, null, List.of()));
            return;
        }
        LabeledRange from = back ? target.after() : target.before();
        LabeledRange to = back ? target.before() : target.after();
        SourceType fromType = back ? target.afterSourceType() : target.beforeSourceType();
        SourceType toType = back ? target.beforeSourceType() : target.afterSourceType();
        if (from != null && to == null && state.goldLinks().stream().anyMatch(l -> l.touches(target.goldSpanId()))) {
            throw new IllegalStateException("this would take out a gold span that has links; remove them first");
        }
        if (from != null && (to == null || !from.label().equals(to.label()))
                && GoldClusterCuration.inCluster(tx, target.goldSpanId())) {
            throw new IllegalStateException("this would take out or relabel a gold span that is in a gold claim cluster;"
                    + " take it out of the cluster first");
        }
        if (from == null && to != null) {
            tx.gold().spans().restore(target.goldSpanId(), articleId, to, toType);
        } else if (from != null && to == null) {
            tx.gold().spans().delete(target.goldSpanId());
        } else if (from != null) {
            tx.gold().spans().update(target.goldSpanId(), to);
            tx.gold().spans().setSourceType(target.goldSpanId(), toType);
        }
        tx.gold().decisions().append(new NewDecision(articleId, curator.id(), kind, null, null, target.goldSpanId(),
                from, to, null, target.id(), List.of(), null, null, fromType, toType, List.of()));
    }

    private interface Step {
        void run(Store tx, ArticleAdjudication state);
    }

    /** Runs one decision in a transaction over the current state, refreshes the article's status, commits. */
    private ArticleAdjudication decide(long articleId, Step step) {
        return decide(articleId, true, step);
    }

    /**
     * Decisions on one article are taken one at a time (the article row is locked for the transaction), and,
     * with {@code onShownView}, only on the state this session last showed: when another curator decided on
     * the article since, nothing is recorded and {@link StaleViewException} carries the current state.
     */
    private ArticleAdjudication decide(long articleId, boolean onShownView, Step step) {
        ArticleAdjudication after = store.inTransaction((Function<Store, ArticleAdjudication>) tx -> {
            tx.articles().lockForDecision(articleId);
            ArticleAdjudication before = AdjudicationService.load(tx, articleId, annotators);
            Long shown = shownDecision.get(articleId);
            long newest = newestDecision(before);
            if (onShownView && shown != null && shown != newest) {
                Decision other = before.trail().stream().filter(d -> d.id() == newest).findFirst().orElseThrow();
                throw new StaleViewException(other.curator(), before);
            }
            step.run(tx, before);
            ArticleAdjudication done = AdjudicationService.withGold(tx, before);
            saveStatus(tx, done);
            return done;
        });
        shownDecision.put(articleId, newestDecision(after));
        return after;
    }

    /** Shows {@code state} (from a refused decision): the next decision is taken on it. */
    public void shown(ArticleAdjudication state) {
        shownDecision.put(state.article().id(), newestDecision(state));
    }

    private static long newestDecision(ArticleAdjudication state) {
        return state.trail().stream().mapToLong(Decision::id).max().orElse(0);
    }

    private void append(Store tx, long articleId, DecisionKind kind, SpanGroup group, Long goldSpanId,
                        LabeledRange before, LabeledRange after, String reason, Long target, LabeledRange chosen) {
        append(tx, articleId, kind, group, goldSpanId, before, after, reason, target, chosen, null, null);
    }

    private void append(Store tx, long articleId, DecisionKind kind, SpanGroup group, Long goldSpanId,
                        LabeledRange before, LabeledRange after, String reason, Long target, LabeledRange chosen,
                        SourceType beforeType, SourceType afterType) {
        List<DecisionSource> sources = group == null ? List.of() : group.spans().stream()
                .map(s -> source(s, chosen != null && chosen.equals(range(s))))
                .toList();
        tx.gold().decisions().appendOnly(new NewDecision(articleId, curator.id(), kind,
                group == null ? null : group.key(), group == null ? null : group.kind(),
                goldSpanId, before, after, reason, target, sources, null, null, beforeType, afterType, List.of()));
    }

    /**
     * Records a link decision with the annotator links it was taken over: those that propose it (chosen), and the
     * others of the same type from the same gold span (passed over, e.g. the same claim said by another source).
     */
    private void appendLink(Store tx, ArticleAdjudication state, DecisionKind kind, DisagreementKind disagreementKind,
                            long goldLinkId, LinkEnds ends, String reason, Long target) {
        GoldLinks view = state.linkView();
        List<DecisionLink> shown = new java.util.ArrayList<>();
        for (Link link : state.links()) {
            if (link.type() != ends.type()) {
                continue;
            }
            Long from = view.goldOf(link.fromSpanId()).map(GoldSpan::id).orElse(null);
            Long to = view.goldOf(link.toSpanId()).map(GoldSpan::id).orElse(null);
            if (from == null || from != ends.fromGoldSpanId()) {
                continue;
            }
            Span fromSpan = state.span(link.fromSpanId()).orElseThrow();
            Span toSpan = state.span(link.toSpanId()).orElseThrow();
            shown.add(new DecisionLink(link.id(), link.annotatorId(), annotatorNames.get(link.annotatorId()), link.type(),
                    fromSpan.id(), range(fromSpan), toSpan.id(), range(toSpan), to != null && to == ends.toGoldSpanId()));
        }
        tx.gold().decisions().append(new NewDecision(state.article().id(), curator.id(), kind, null, disagreementKind,
                null, null, null, reason, target, List.of(), goldLinkId, ends, null, null, shown));
    }

    /** The source type all these spans have, if they are SOURCE spans that agree on one. */
    private static SourceType agreedType(List<Span> spans) {
        java.util.Set<SourceType> types = spans.stream().map(Span::sourceType).collect(Collectors.toSet());
        return types.size() == 1 ? types.iterator().next() : null;
    }

    private DecisionSource source(Span span, boolean chosen) {
        return new DecisionSource(span.id(), span.annotatorId(), annotatorNames.get(span.annotatorId()), span.start(),
                span.end(), span.label(), chosen, span.sourceType());
    }

    private static SpanGroup requireDisagreement(ArticleAdjudication state, GroupKey key) {
        return state.comparison().disagreement(key).orElseThrow(() -> new IllegalStateException(
                "this disagreement no longer exists (the annotators' spans changed); reload the article"));
    }

    /** A disagreement that can still take a version: open, or settled by accepting another version. */
    private static SpanGroup openForAcceptance(ArticleAdjudication state, GroupKey key) {
        SpanGroup group = requireDisagreement(state, key);
        if (state.settledBy(key).stream().anyMatch(d -> d.kind() == DecisionKind.REJECT)) {
            throw new IllegalStateException("this disagreement was rejected; undo that decision first");
        }
        return group;
    }

    private static void requireVersion(SpanGroup group, LabeledRange version) {
        boolean known = group.versions().stream().map(SpanVersion::range).anyMatch(version::equals);
        if (!known) {
            throw new IllegalArgumentException("no annotator proposed " + version + " in this disagreement");
        }
    }

    private static void requireNotInGold(ArticleAdjudication state, LabeledRange range) {
        if (state.gold().stream().anyMatch(g -> g.range().equals(range))) {
            throw new IllegalStateException("gold already has " + range);
        }
    }

    private static GoldSpan requireGold(ArticleAdjudication state, long goldSpanId) {
        return state.gold().stream().filter(g -> g.id() == goldSpanId).findFirst()
                .orElseThrow(() -> new IllegalStateException("gold span " + goldSpanId + " is not in this article's gold"));
    }

    private static void checkRange(Store tx, ArticleAdjudication state, LabeledRange range) {
        GoldBoundaries.check(state.article().text(), range.start(), range.end());
        if (tx.labels().all().stream().map(Label::name).noneMatch(range.label()::equals)) {
            throw new IllegalArgumentException("unknown label '" + range.label() + "'");
        }
    }

    private static LabeledRange range(Span span) {
        return new LabeledRange(span.start(), span.end(), span.label());
    }
}
