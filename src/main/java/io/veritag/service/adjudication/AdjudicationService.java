package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.ArticleComparison;
import io.veritag.agreement.adjudication.DecisionReplay;
import io.veritag.agreement.adjudication.GoldLinks;
import io.veritag.model.Link;
import io.veritag.model.gold.GoldLink;
import io.veritag.agreement.adjudication.Settlement;
import io.veritag.agreement.adjudication.SpanComparator;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Span;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldArticleStatus;
import io.veritag.model.gold.GoldSpan;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adjudication: which articles can be curated, pre-acceptance over a batch, the gold status of every
 * article, and the history of a gold span. Decisions about one article go through a {@link CurationSession}.
 */
public final class AdjudicationService {
    /** Articles read per query by the gold listing. */
    private static final int OVERVIEW_BATCH = 500;

    private final Store store;

    public AdjudicationService(Store store) {
        this.store = store;
    }

    /**
     * The annotators to compare, by name. An empty list means every annotator who has spans.
     *
     * @throws IllegalArgumentException for an unknown name or fewer than two annotators
     */
    public List<Annotator> annotators(List<String> names) {
        List<Annotator> chosen = new ArrayList<>();
        if (names.isEmpty()) {
            Set<Long> withSpans = withSpans();
            store.annotators().all().stream().filter(a -> withSpans.contains(a.id())).forEach(chosen::add);
        } else {
            for (String name : new LinkedHashSet<>(names)) {
                chosen.add(store.annotators().byName(name.strip())
                        .orElseThrow(() -> new IllegalArgumentException("unknown annotator '" + name.strip() + "'")));
            }
        }
        if (chosen.size() < 2) {
            throw new IllegalArgumentException("adjudication compares at least two annotators, got "
                    + (chosen.isEmpty() ? "none" : chosen.get(0).name()));
        }
        chosen.sort(Comparator.comparing(Annotator::name));
        return List.copyOf(chosen);
    }

    /** Who can be compared: every annotator, and the ids of those who have spans (the setup dialog's choices). */
    public record Candidates(List<Annotator> annotators, Set<Long> withSpans) {
    }

    public Candidates candidates() {
        return new Candidates(store.annotators().all(), withSpans());
    }

    private Set<Long> withSpans() {
        return Set.copyOf(store.spans().countsByAnnotator().keySet());
    }

    /** Articles every chosen annotator has marked done, in import order. */
    public List<ArticleSummary> finishedArticles(List<Annotator> annotators) {
        Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().all();
        return store.articles().summaries().stream()
                .filter(a -> annotators.stream().allMatch(an ->
                        statuses.getOrDefault(a.id(), Map.of()).get(an.id()) == ArticleStatus.DONE))
                .toList();
    }

    /** Every claim cluster of the gold layer with its gold spans. */
    public List<GoldClusterListing.Row> goldClusters() {
        return GoldClusterListing.read(store);
    }

    /** A curator's session over the chosen annotators; the curator is created on first use. */
    public CurationSession session(List<Annotator> annotators, String curatorName) {
        return new CurationSession(store, this, annotators, store.gold().curators().getOrCreate(curatorName));
    }

    /** The article as it stands, without writing anything. */
    public ArticleAdjudication load(long articleId, List<Annotator> annotators) {
        return load(store, articleId, annotators);
    }

    static ArticleAdjudication load(Store store, long articleId, List<Annotator> annotators) {
        Article article = store.articles().get(articleId)
                .orElseThrow(() -> new IllegalArgumentException("article " + articleId + " does not exist"));
        ArticleComparison comparison = compareChosen(annotators, store.spans().forArticle(articleId));
        Set<Long> chosen = annotators.stream().map(Annotator::id).collect(Collectors.toSet());
        List<Link> links = store.links().forArticle(articleId).stream().filter(l -> chosen.contains(l.annotatorId())).toList();
        return withGold(store, new ArticleAdjudication(article, annotators, comparison, List.of(), List.of(),
                DecisionReplay.of(List.of()), Settlement.of(comparison, DecisionReplay.of(List.of())), links, List.of(),
                null));
    }

    /** The chosen annotators' spans of one article, compared. */
    private static ArticleComparison compareChosen(List<Annotator> annotators, List<Span> articleSpans) {
        Set<Long> chosen = annotators.stream().map(Annotator::id).collect(Collectors.toSet());
        List<Span> spans = articleSpans.stream().filter(s -> chosen.contains(s.annotatorId())).toList();
        return SpanComparator.compare(annotators.stream().map(Annotator::id).toList(), spans);
    }

    /**
     * The same article after decisions: the text and the annotators' spans are as they were, so only gold and
     * the trail are read again.
     */
    static ArticleAdjudication withGold(Store store, ArticleAdjudication state) {
        long articleId = state.article().id();
        List<GoldSpan> gold = store.gold().spans().forArticle(articleId);
        List<Decision> trail = store.gold().decisions().forArticle(articleId);
        DecisionReplay replay = DecisionReplay.of(trail);
        List<GoldLink> goldLinks = store.gold().links().forArticle(articleId);
        return new ArticleAdjudication(state.article(), state.annotators(), state.comparison(), gold, trail, replay,
                Settlement.of(state.comparison(), replay), state.links(), goldLinks,
                GoldLinks.of(state.comparison(), gold, goldLinks, replay.inForce(), state.links()));
    }

    /**
     * Pre-accepts the unanimous spans of every finished article and reports what is left. Articles are
     * committed in batches ({@link BatchPreAcceptance}), so a cancelled run keeps the batches already done.
     */
    public List<ArticleProgress> autoPreAccept(List<Annotator> annotators, String curatorName, Progress progress) {
        CurationSession session = session(annotators, curatorName);
        List<ArticleProgress> rows = new BatchPreAcceptance(store, session).run(finishedArticles(annotators), progress);
        // links go to gold once both their ends are there: the articles with links are opened one by one after
        // their spans were pre-accepted in batches (opening carries the unanimous links)
        java.util.Set<Long> linked = store.links().articlesWithLinks(annotators.stream().map(Annotator::id).toList());
        if (linked.isEmpty()) {
            return rows;
        }
        List<ArticleProgress> carried = new java.util.ArrayList<>(rows.size());
        for (ArticleProgress row : rows) {
            if (!linked.contains(row.article().id())) {
                carried.add(row);
                continue;
            }
            ArticleAdjudication state = session.open(row.article().id());
            carried.add(ArticleProgress.of(state, row.preAccepted(), session.lastLinksCarried()));
        }
        return carried;
    }

    /** What is left in every finished article, without deciding anything. */
    public List<ArticleProgress> preview(List<Annotator> annotators, Progress progress) {
        return overFinished(annotators, progress, summary -> ArticleProgress.of(load(summary.id(), annotators), 0));
    }

    private List<ArticleProgress> overFinished(List<Annotator> annotators, Progress progress,
                                               java.util.function.Function<ArticleSummary, ArticleProgress> step) {
        List<ArticleSummary> articles = finishedArticles(annotators);
        List<ArticleProgress> results = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            progress.checkCancelled();
            progress.update(i, articles.size(), articles.get(i).externalId());
            results.add(step.apply(articles.get(i)));
        }
        progress.update(articles.size(), articles.size(), "done");
        return results;
    }

    /**
     * The gold status of every article under adjudication, recomputed from the annotators' current spans
     * (an annotator who changed a finished article reopens it).
     */
    public List<GoldOverview> goldOverview() {
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        store.articles().summaries().forEach(s -> summaries.put(s.id(), s));
        List<GoldArticleStatus> stored = store.gold().articles().all();
        Map<Long, Standing> standings = currentStandings(stored);
        Map<Long, Integer> goldSpans = store.gold().spans().countsByArticle();
        Map<Long, Integer> goldLinks = store.gold().links().countsByArticle();
        List<GoldOverview> rows = new ArrayList<>(stored.size());
        for (GoldArticleStatus status : stored) {
            long id = status.articleId();
            Standing standing = standings.get(id);
            rows.add(new GoldOverview(summaries.get(id), status.annotators(), status.curator(),
                    goldSpans.getOrDefault(id, 0), goldLinks.getOrDefault(id, 0), standing.settlement(),
                    status.updatedAt(), standing.goldStale()));
        }
        return rows;
    }

    /** Where an article stands for the gold listing: its settlement, and whether its gold is stale. */
    private record Standing(Settlement settlement, boolean goldStale) {
    }

    /**
     * Each article's settlement and staleness as {@link #load} and {@link #withGold} compute them, read a batch
     * of articles per query: a listing of 100,000 articles cannot afford queries per article. Articles whose
     * annotators are gone keep the settlement stored with them.
     */
    private Map<Long, Standing> currentStandings(List<GoldArticleStatus> stored) {
        Map<List<String>, Optional<List<Annotator>>> annotatorsByNames = new HashMap<>();
        Map<Long, Standing> standings = new HashMap<>();
        for (int from = 0; from < stored.size(); from += OVERVIEW_BATCH) {
            List<GoldArticleStatus> batch = stored.subList(from, Math.min(stored.size(), from + OVERVIEW_BATCH));
            List<Long> ids = batch.stream().map(GoldArticleStatus::articleId).toList();
            Map<Long, List<Span>> spans = store.spans().forArticles(ids);
            Map<Long, List<Decision>> trails = store.gold().decisions().forArticles(ids);
            for (GoldArticleStatus status : batch) {
                long id = status.articleId();
                Standing standing = annotatorsByNames.computeIfAbsent(status.annotators(), this::byNames)
                        .map(annotators -> standing(annotators, spans.getOrDefault(id, List.of()),
                                trails.getOrDefault(id, List.of())))
                        .orElse(new Standing(new Settlement(status.settled(), status.total()), false));
                standings.put(id, standing);
            }
        }
        return standings;
    }

    private static Standing standing(List<Annotator> annotators, List<Span> articleSpans, List<Decision> trail) {
        ArticleComparison comparison = compareChosen(annotators, articleSpans);
        DecisionReplay replay = DecisionReplay.of(trail);
        return new Standing(Settlement.of(comparison, replay), ArticleAdjudication.goldStale(comparison, replay, trail));
    }

    /** Ids of the articles whose adjudication is done (nothing left to settle), ascending. */
    public List<Long> doneArticleIds() {
        return goldOverview().stream().filter(o -> o.settlement().done()).map(o -> o.article().id()).toList();
    }

    /**
     * One article's gold with the history of every gold span, and the rejections in force (decisions that
     * left nothing in gold): the audit trail as a curator or reviewer reads it.
     */
    public ArticleGold articleGold(String externalId) {
        Article article = store.articles().byExternalId(externalId)
                .orElseThrow(() -> new IllegalArgumentException("no article with id '" + externalId + "'"));
        List<ArticleGold.Entry> entries = store.gold().spans().forArticle(article.id()).stream()
                .map(g -> new ArticleGold.Entry(g, history(g.id())))
                .toList();
        List<Decision> trail = store.gold().decisions().forArticle(article.id());
        List<Decision> rejected = DecisionReplay.of(trail).inForce().stream()
                .filter(d -> d.kind() == io.veritag.model.gold.DecisionKind.REJECT)
                .toList();
        List<ArticleGold.LinkEntry> links = store.gold().links().forArticle(article.id()).stream()
                .map(l -> new ArticleGold.LinkEntry(l, trail.stream()
                        .filter(d -> l.id() == (d.goldLinkId() == null ? -1 : d.goldLinkId())).toList()))
                .toList();
        return new ArticleGold(article, store.gold().articles().get(article.id()), entries, rejected, links);
    }

    /** Every decision that created, changed, removed or restored this gold span, oldest first. */
    public List<Decision> history(long goldSpanId) {
        return store.gold().decisions().forGoldSpan(goldSpanId);
    }

    private Optional<List<Annotator>> byNames(List<String> names) {
        List<Annotator> found = new ArrayList<>();
        for (String name : names) {
            Optional<Annotator> annotator = store.annotators().byName(name);
            if (annotator.isEmpty()) {
                return Optional.empty();
            }
            found.add(annotator.get());
        }
        return Optional.of(found);
    }
}
