package io.veritag.service.agreement;

import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.RunningAgreement;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Label;
import io.veritag.service.Progress;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses what to compare, reads it from the store and computes the agreement report. The report reads the
 * chosen articles a batch at a time and adds each to a {@link RunningAgreement}, so it never holds every
 * article's text and spans at once; the window's {@link #compute} also keeps what it read (it shows the texts
 * behind the numbers).
 */
public final class AgreementService {
    /** Articles per read: a few MB of text and spans, and few enough queries (three per batch). */
    static final int BATCH = 500;

    private final Store store;
    private final SpanOrigins origins;
    private final int batchSize;

    public AgreementService(Store store) {
        this(store, SpanOrigins.ALL, BATCH);
    }

    private AgreementService(Store store, SpanOrigins origins, int batchSize) {
        this.store = store;
        this.origins = origins;
        this.batchSize = batchSize;
    }

    /** The same service counting only the spans of that origin (manual, accepted suggestions, or all). */
    public AgreementService counting(SpanOrigins spanOrigins) {
        return new AgreementService(store, spanOrigins, batchSize);
    }

    /** The same service reading {@code articles} articles per batch (the numbers do not depend on it). */
    public AgreementService readingBatchesOf(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("a batch holds at least one article, not " + articles);
        }
        return new AgreementService(store, origins, articles);
    }

    /** The report and what it was computed from (the window shows the texts and spans behind the numbers). */
    public record Computed(AgreementInput input, AgreementReport report) {
    }

    /** The report, read and computed a batch of articles at a time: memory holds a batch, not the project. */
    public AgreementReport report(AgreementSelection selection, Progress progress) {
        return run(choose(selection, progress, false), progress, null, null).report();
    }

    /**
     * The report without its per-article rows: each article's row goes to {@code rows} as soon as it is
     * computed, in ascending article id order, and is not kept; the report returned has the pooled figures
     * (exactly those of {@link #report(AgreementSelection, Progress)}), the number of articles and an empty
     * {@code perArticle}. Memory holds a batch of articles and the pooled tallies, however many articles there are.
     */
    public AgreementReport report(AgreementSelection selection, Progress progress, Consumer<ArticleAgreement> rows) {
        Objects.requireNonNull(rows, "rows");
        return run(choose(selection, progress, false), progress, null, rows).report();
    }

    /** The report and everything it was computed from, kept in memory for the window. */
    public Computed compute(AgreementSelection selection, Progress progress) {
        List<ArticleAnnotations> kept = new ArrayList<>();
        Chosen chosen = choose(selection, progress, true);
        RunningAgreement running = run(chosen, progress, kept, null);
        return new Computed(new AgreementInput(chosen.names(), chosen.labels(), kept), running.report());
    }

    /** All labels with their colours, in label order. */
    public List<Label> labels() {
        return store.labels().all();
    }

    /** The annotators (by name), labels and articles the selection names, with their spans. */
    public AgreementInput load(AgreementSelection selection, Progress progress) {
        Chosen chosen = choose(selection, progress, true);
        progress.update(1, 3, "loading " + chosen.articleIds().size() + " articles");
        List<ArticleAnnotations> articles = new ArrayList<>(chosen.articleIds().size());
        new AgreementArticles(store, origins, chosen.annotators(), chosen.labels())
                .forEachBatch(chosen.articleIds(), batchSize, progress, articles::addAll);
        return new AgreementInput(chosen.names(), chosen.labels(), articles);
    }

    /**
     * What a selection names: annotators by name, the labels, and the article ids in ascending order; or, instead
     * of the ids ({@code articleIds} null), the selection's articles are chosen a range of ids at a time while
     * they are read ({@code source} then filters them).
     */
    private record Chosen(List<Annotator> annotators, LabelSet labels, List<Long> articleIds, String source) {
        List<String> names() {
            return annotators.stream().map(Annotator::name).toList();
        }
    }

    /**
     * {@code listed} false lets the articles that every chosen annotator marked done be chosen a range of ids at a
     * time on the reading thread (a report does not need their number beforehand); the others are listed first.
     */
    private Chosen choose(AgreementSelection selection, Progress progress, boolean listed) {
        progress.update(0, 3, "choosing annotators and articles");
        List<Annotator> annotators = chooseAnnotators(selection);
        LabelSet labels = chooseLabels(selection);
        List<Long> articleIds = listed || selection.includeUnfinished() || annotators.isEmpty()
                ? chooseArticles(selection, annotators) : null;
        progress.checkCancelled();
        return new Chosen(annotators, labels, articleIds, selection.source());
    }

    /** The batches to read: the listed ids a batch at a time, or ranges of ids each chosen when it is read. */
    private List<Supplier<List<Long>>> batches(Chosen chosen) {
        List<Supplier<List<Long>>> batches = new ArrayList<>();
        if (chosen.articleIds() != null) {
            List<Long> ids = chosen.articleIds();
            for (int from = 0; from < ids.size(); from += batchSize) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
                batches.add(() -> batch);
            }
            return batches;
        }
        long[] bounds = store.agreementData().articleIdBounds();
        if (bounds == null) {
            return batches;
        }
        List<Long> annotatorIds = chosen.annotators().stream().map(Annotator::id).toList();
        for (long first = bounds[0]; first <= bounds[1]; first += batchSize) {
            long from = first;
            long to = Math.min(bounds[1], first + batchSize - 1);
            batches.add(() -> store.agreementData().doneByAll(annotatorIds, chosen.source(), from, to));
            if (to == Long.MAX_VALUE) {
                break;
            }
        }
        return batches;
    }

    /**
     * Reads the chosen articles batch by batch and adds each to the report; {@code kept} (if not null) keeps them;
     * {@code rows} (if not null) takes each article's row, which the report then does not keep.
     */
    private RunningAgreement run(Chosen chosen, Progress progress, List<ArticleAnnotations> kept,
                                 Consumer<ArticleAgreement> rows) {
        // with articles chosen range by range, their number is known at the end only
        String total = chosen.articleIds() == null ? " of the chosen" : " of " + chosen.articleIds().size();
        RunningAgreement running = new RunningAgreement(chosen.names(), chosen.labels(), true, rows == null);
        progress.update(1, 3, chosen.articleIds() == null ? "computing agreement"
                : "computing agreement on " + chosen.articleIds().size() + " articles");
        new AgreementArticles(store, origins, chosen.annotators(), chosen.labels())
                .forEachBatch(batches(chosen), progress, batch -> {
                    for (ArticleAnnotations article : batch) {
                        ArticleAgreement row = running.add(article);
                        if (rows != null) {
                            rows.accept(row);
                        }
                    }
                    if (kept != null) {
                        kept.addAll(batch);
                    }
                    progress.update(1, 3, "computing agreement: " + running.articles() + total + " articles");
                });
        progress.checkCancelled();
        progress.update(3, 3, "done");
        return running;
    }

    /**
     * Cluster agreement of every two of the computed annotators over their claims in the computed articles (the
     * Agreement window's "Claim clusters" tab).
     */
    public List<io.veritag.service.claims.ClusterAgreementReport.Pair> clusterAgreement(Computed computed) {
        Set<Long> articles = new HashSet<>();
        computed.input().articles().forEach(a -> articles.add(a.articleId()));
        List<String> names = computed.report().annotators();
        List<Annotator> annotators = store.annotators().all().stream().filter(a -> names.contains(a.name())).toList();
        return new io.veritag.service.claims.ClusterAgreementReport(store).pairs(annotators, articles::contains);
    }

    /** Annotator names that have at least one span, by name: the default selection. */
    public List<String> annotatorsWithSpans() {
        Set<Long> ids = store.agreementData().annotatorsWithSpans();
        return store.annotators().all().stream().filter(a -> ids.contains(a.id())).map(Annotator::name).toList();
    }

    /** Distinct article sources, sorted, for the source filter. */
    public List<String> sources() {
        return store.articles().summaries().stream().map(ArticleSummary::source).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    private List<Annotator> chooseAnnotators(AgreementSelection selection) {
        List<Annotator> all = store.annotators().all();
        if (selection.annotators().isEmpty()) {
            Set<Long> marked = store.agreementData().annotatorsWithSpans();
            return all.stream().filter(a -> marked.contains(a.id())).sorted(Comparator.comparing(Annotator::name)).toList();
        }
        Map<String, Annotator> byName = all.stream().collect(Collectors.toMap(Annotator::name, a -> a));
        Set<Annotator> chosen = new LinkedHashSet<>();
        for (String name : selection.annotators()) {
            Annotator annotator = byName.get(name.strip());
            if (annotator == null) {
                throw new IllegalArgumentException("unknown annotator '" + name.strip() + "' (known: "
                        + all.stream().map(Annotator::name).collect(Collectors.joining(", ")) + ")");
            }
            chosen.add(annotator);
        }
        return chosen.stream().sorted(Comparator.comparing(Annotator::name)).toList();
    }

    private LabelSet chooseLabels(AgreementSelection selection) {
        List<String> known = store.labels().all().stream().map(Label::name).toList();
        if (selection.labels().isEmpty()) {
            return new LabelSet(known);
        }
        Set<String> wanted = new HashSet<>();
        for (String label : selection.labels()) {
            String name = label.strip();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown label '" + name + "' (known: " + String.join(", ", known) + ")");
            }
            wanted.add(name);
        }
        return new LabelSet(known.stream().filter(wanted::contains).toList());
    }

    private List<Long> chooseArticles(AgreementSelection selection, List<Annotator> annotators) {
        if (annotators.isEmpty()) {
            return List.of();
        }
        if (!selection.includeUnfinished()) {
            return store.agreementData().doneByAll(annotators.stream().map(Annotator::id).toList(), selection.source());
        }
        // who has spans where matters only for unfinished articles (a span counts as started)
        Map<Long, Set<Long>> withSpans = selection.includeUnfinished()
                ? store.agreementData().annotatorsWithSpansByArticle() : Map.of();
        Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().all();
        List<Long> ids = new ArrayList<>();
        for (ArticleSummary article : store.articles().summaries()) {
            if (selection.source() != null && !selection.source().equals(article.source())) {
                continue;
            }
            Map<Long, ArticleStatus> status = statuses.getOrDefault(article.id(), Map.of());
            Set<Long> marked = withSpans.getOrDefault(article.id(), Set.of());
            boolean all = true;
            for (Annotator annotator : annotators) {
                ArticleStatus s = status.getOrDefault(annotator.id(), ArticleStatus.TODO);
                boolean ok = selection.includeUnfinished()
                        ? s != ArticleStatus.TODO || marked.contains(annotator.id())
                        : s == ArticleStatus.DONE;
                if (!ok) {
                    all = false;
                    break;
                }
            }
            if (all) {
                ids.add(article.id());
            }
        }
        return ids;
    }
}
