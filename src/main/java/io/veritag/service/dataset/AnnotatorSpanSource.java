package io.veritag.service.dataset;

import io.veritag.io.AnnotatedDocument;
import io.veritag.io.ArticleData;
import io.veritag.io.LabeledLink;
import io.veritag.io.LabeledSpan;
import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Link;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The layers of some or all annotators. An (article, annotator) pair is a layer when it has a status row or
 * spans; by default only layers marked done are exported.
 */
public final class AnnotatorSpanSource implements SpanSource {
    private final Store store;
    private final List<Annotator> annotators;

    /** @param names the annotators to export; empty for all of them */
    public AnnotatorSpanSource(Store store, List<String> names) {
        this.store = store;
        List<Annotator> known = store.annotators().all();
        if (names.isEmpty()) {
            this.annotators = known;
        } else {
            Map<String, Annotator> byName = known.stream().collect(Collectors.toMap(Annotator::name, a -> a));
            List<Annotator> chosen = new ArrayList<>();
            for (String name : names.stream().map(String::strip).distinct().toList()) {
                Annotator annotator = byName.get(name);
                if (annotator == null) {
                    throw new IllegalArgumentException("unknown annotator '" + name + "' (known: "
                            + known.stream().map(Annotator::name).collect(Collectors.joining(", ")) + ")");
                }
                chosen.add(annotator);
            }
            chosen.sort(Comparator.comparing(Annotator::name));
            this.annotators = List.copyOf(chosen);
        }
    }

    @Override
    public String kind() {
        return "annotators";
    }

    @Override
    public List<String> layers() {
        return annotators.stream().map(Annotator::name).toList();
    }

    @Override
    public List<String> articleIds(boolean allStatuses) {
        LayerIndex index = new LayerIndex(allStatuses);
        return store.articles().summaries().stream()
                .filter(a -> annotators.stream().anyMatch(annotator -> index.included(a.id(), annotator.id())))
                .map(ArticleSummary::externalId)
                .sorted()
                .toList();
    }

    @Override
    public void forEachArticle(boolean allStatuses, Consumer<List<AnnotatedDocument>> action) {
        LayerIndex index = new LayerIndex(allStatuses);
        List<Long> ids = annotators.stream().map(Annotator::id).toList();
        store.datasets().forEachArticle(ids, (article, spans, links) -> {
            List<Annotator> layers = annotators.stream().filter(a -> index.included(article.id(), a.id())).toList();
            if (layers.isEmpty()) {
                return;
            }
            ArticleData data = ArticleData.of(article.externalId(), article.title(), article.source(), article.url(),
                    article.published(), article.text());
            Map<Long, List<LabeledSpan>> byAnnotator = new HashMap<>();
            for (Span span : spans) {
                byAnnotator.computeIfAbsent(span.annotatorId(), k -> new ArrayList<>())
                        .add(new LabeledSpan(span.start(), span.end(), span.label(), span.note(), span.sourceType(),
                                span.unsure(), span.id()));
            }
            Map<Long, List<LabeledLink>> linksByAnnotator = new HashMap<>();
            for (Link link : links) {
                linksByAnnotator.computeIfAbsent(link.annotatorId(), k -> new ArrayList<>())
                        .add(new LabeledLink(link.type(), link.fromSpanId(), link.toSpanId()));
            }
            List<AnnotatedDocument> documents = new ArrayList<>(layers.size());
            for (Annotator annotator : layers) {
                documents.add(new AnnotatedDocument(data, annotator.name(), index.status(article.id(), annotator.id()),
                        byAnnotator.getOrDefault(annotator.id(), List.of()),
                        linksByAnnotator.getOrDefault(annotator.id(), List.of())));
            }
            action.accept(documents);
        });
    }

    /** Which (article, annotator) pairs are layers, read once per export (a few bytes per pair). */
    private final class LayerIndex {
        private final Map<Long, Map<Long, ArticleStatus>> statuses = store.statuses().all();
        private final Map<Long, Map<Long, Integer>> spanCounts;
        private final boolean allStatuses;

        LayerIndex(boolean allStatuses) {
            this.allStatuses = allStatuses;
            this.spanCounts = allStatuses ? store.spans().countsByArticleAndAnnotator() : Map.of();
        }

        ArticleStatus status(long articleId, long annotatorId) {
            return statuses.getOrDefault(articleId, Map.of()).getOrDefault(annotatorId, ArticleStatus.TODO);
        }

        boolean included(long articleId, long annotatorId) {
            if (!allStatuses) {
                return status(articleId, annotatorId) == ArticleStatus.DONE;
            }
            return statuses.getOrDefault(articleId, Map.of()).containsKey(annotatorId)
                    || spanCounts.getOrDefault(articleId, Map.of()).getOrDefault(annotatorId, 0) > 0;
        }
    }
}
