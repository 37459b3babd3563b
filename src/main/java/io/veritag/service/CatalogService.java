package io.veritag.service;

import io.veritag.model.AnnotatorName;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Label;
import io.veritag.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Listings of what the database holds: articles with each annotator's status and span count, annotators. */
public final class CatalogService {
    private final Store store;

    public CatalogService(Store store) {
        this.store = store;
    }

    /** An article with, per annotator name (in name order), their status and span count. */
    public record ArticleRow(long id, String externalId, String title, String source,
                             Map<String, ArticleStatus> statuses, Map<String, Integer> spanCounts) {
    }

    public record AnnotatorRow(String name, int spans, int articlesDone, int articlesInProgress) {
    }

    /** Everyone who has labeled here, by name. */
    public List<Annotator> knownAnnotators() {
        return store.annotators().all();
    }

    /** The annotator of that name (stripped), created on first use. */
    public Annotator annotator(String name) {
        nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return store.annotators().getOrCreate(name.strip());
    }

    /**
     * Why this is not a usable annotator name (blank, too long, control characters, the reports' separator: see
     * {@link AnnotatorName}), as a sentence for a person, or empty if it is. No database needed.
     */
    public static Optional<String> nameProblem(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return Optional.of("Please type a name.");
        }
        String problem = AnnotatorName.problem(stripped);
        return problem == null ? Optional.empty()
                : Optional.of(problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1) + ".");
    }

    /** The labels in display order, with their colours and keys. */
    public List<Label> labels() {
        return store.labels().all();
    }

    /** The labels a dataset export offers: the label layer's, then SOURCE (who speaks). */
    public List<Label> labelsWithSource() {
        List<Label> labels = new java.util.ArrayList<>(store.labels().all());
        labels.add(store.labels().source());
        return List.copyOf(labels);
    }

    public long articleCount() {
        return store.articles().count();
    }

    public List<ArticleRow> articles() {
        return articleRows().toList();
    }

    /** Articles read per page of {@link #articleRows}. */
    static final int PAGE = 2_000;

    /**
     * Every article's row, in id order, read a page of {@value #PAGE} articles at a time as the stream is consumed:
     * a listing of 100,000 articles holds one page, never all of them. Consume it before the workspace closes.
     */
    public Stream<ArticleRow> articleRows() {
        return articleRows(PAGE);
    }

    /** {@link #articleRows()} read {@code pageSize} articles at a time. */
    Stream<ArticleRow> articleRows(int pageSize) {
        List<Annotator> annotators = store.annotators().all();
        return Stream.iterate(page(annotators, 0, pageSize), page -> !page.isEmpty(),
                        page -> page.size() < pageSize ? List.of() : page(annotators, page.get(page.size() - 1).id(), pageSize))
                .flatMap(List::stream);
    }

    private List<ArticleRow> page(List<Annotator> annotators, long afterId, int pageSize) {
        List<ArticleSummary> articles = store.articles().summariesAfter(afterId, pageSize);
        if (articles.isEmpty()) {
            return List.of();
        }
        long first = articles.get(0).id();
        long last = articles.get(articles.size() - 1).id();
        Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().forArticles(first, last);
        Map<Long, Map<Long, Integer>> counts = store.spans().countsByArticleAndAnnotator(first, last);
        return articles.stream().map(article -> {
            Map<String, ArticleStatus> statusByName = new LinkedHashMap<>();
            Map<String, Integer> countByName = new LinkedHashMap<>();
            for (Annotator annotator : annotators) {
                statusByName.put(annotator.name(),
                        statuses.getOrDefault(article.id(), Map.of()).getOrDefault(annotator.id(), ArticleStatus.TODO));
                countByName.put(annotator.name(), counts.getOrDefault(article.id(), Map.of()).getOrDefault(annotator.id(), 0));
            }
            return new ArticleRow(article.id(), article.externalId(), article.title(), article.source(), statusByName, countByName);
        }).toList();
    }

    /** Every annotator with their span count and how many articles they finished and have in progress. */
    public List<AnnotatorRow> annotators() {
        Map<Long, Integer> spans = store.spans().countsByAnnotator();
        Map<Long, Map<ArticleStatus, Integer>> statuses = store.statuses().countsByAnnotator();
        return store.annotators().all().stream().map(annotator -> {
            Map<ArticleStatus, Integer> theirs = statuses.getOrDefault(annotator.id(), Map.of());
            return new AnnotatorRow(annotator.name(), spans.getOrDefault(annotator.id(), 0),
                    theirs.getOrDefault(ArticleStatus.DONE, 0), theirs.getOrDefault(ArticleStatus.IN_PROGRESS, 0));
        }).toList();
    }
}
