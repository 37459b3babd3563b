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

    /** Opens an article: pre-accepts its unanimous spans that no decision has dealt with yet. */
    public ArticleAdjudication open(long articleId) {
        return decide(articleId, false, (tx, state) -> lastPreAccepted = preAccept(tx, state));
    }

    /**
     * Pre-accepts the article's unanimous spans that no decision has dealt with yet, inside the caller's
     * transaction (which holds the article's lock); returns how many.
     */
    int preAccept(Store tx, ArticleAdjudication state) {
        long articleId = state.article().id();
        List<LabeledRange> inGold = state.gold().stream().map(GoldSpan::range).toList();
        List<SpanGroup> pending = PreAcceptance.pending(state.comparison(), state.trail(), inGold);
        for (SpanGroup group : pending) {
            LabeledRange range = group.versions().get(0).range();
            GoldSpan gold = tx.gold().spans().insert(articleId, range);
            append(tx, articleId, DecisionKind.PRE_ACCEPT, group, gold.id(), null, range, null, null, range);
        }
        return pending.size();
    }

    /** Records an article's status after decisions taken in the caller's transaction. */
    void saveStatus(Store tx, ArticleAdjudication done) {
        tx.gold().articles().save(done.article().id(), annotators.stream().map(Annotator::name).toList(),
                done.settlement().settled(), done.settlement().total(), curator.id());
    }

    /** How many unanimous spans the last {@link #open} pre-accepted. */
    public int lastPreAccepted() {
        return lastPreAccepted;
    }

    /** Takes one version of a disagreement into gold as it is. */
    public ArticleAdjudication accept(long articleId, GroupKey disagreementKey, LabeledRange version, String reason) {
        return decide(articleId, (tx, state) -> {
            SpanGroup group = openForAcceptance(state, disagreementKey);
            requireVersion(group, version);
            requireNotInGold(state, version);
            GoldSpan gold = tx.gold().spans().insert(articleId, version);
            append(tx, articleId, DecisionKind.ACCEPT, group, gold.id(), null, version, reason, null, version);
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
            tx.gold().spans().update(goldSpanId, range);
            append(tx, articleId, DecisionKind.EDIT, null, goldSpanId, gold.range(), range, reason, null, null);
        });
    }

    /** Takes a gold span out of gold (for instance a pre-accepted one the curator disagrees with). */
    public ArticleAdjudication remove(long articleId, long goldSpanId, String reason) {
        return decide(articleId, (tx, state) -> {
            GoldSpan gold = requireGold(state, goldSpanId);
            tx.gold().spans().delete(goldSpanId);
            append(tx, articleId, DecisionKind.REMOVE, null, goldSpanId, gold.range(), null, reason, null, null);
        });
    }

    /** Takes back the latest decision in force on this article. */
    public ArticleAdjudication undo(long articleId) {
        return decide(articleId, (tx, state) -> {
            Decision target = state.nextUndo()
                    .orElseThrow(() -> new IllegalStateException("nothing to undo in this article"));
            apply(tx, articleId, target.goldSpanId(), target.after(), target.before());
            append(tx, articleId, DecisionKind.UNDO, null, target.goldSpanId(), target.after(), target.before(), null,
                    target.id(), null);
        });
    }

    /** Applies the latest undone decision again. */
    public ArticleAdjudication redo(long articleId) {
        return decide(articleId, (tx, state) -> {
            Decision target = state.nextRedo()
                    .orElseThrow(() -> new IllegalStateException("nothing to redo in this article"));
            apply(tx, articleId, target.goldSpanId(), target.before(), target.after());
            append(tx, articleId, DecisionKind.REDO, null, target.goldSpanId(), target.before(), target.after(), null,
                    target.id(), null);
        });
    }

    /** Moves a gold span from one state to another (null = absent), keeping its id. */
    private static void apply(Store tx, long articleId, Long goldSpanId, LabeledRange from, LabeledRange to) {
        if (from == null && to != null) {
            tx.gold().spans().restore(goldSpanId, articleId, to);
        } else if (from != null && to == null) {
            tx.gold().spans().delete(goldSpanId);
        } else if (from != null) {
            tx.gold().spans().update(goldSpanId, to);
        }
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
        List<DecisionSource> sources = group == null ? List.of() : group.spans().stream()
                .map(s -> source(s, chosen != null && chosen.equals(range(s))))
                .toList();
        tx.gold().decisions().appendOnly(new NewDecision(articleId, curator.id(), kind,
                group == null ? null : group.key(), group == null ? null : group.kind(),
                goldSpanId, before, after, reason, target, sources));
    }

    private DecisionSource source(Span span, boolean chosen) {
        return new DecisionSource(span.id(), span.annotatorId(), annotatorNames.get(span.annotatorId()), span.start(),
                span.end(), span.label(), chosen);
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
