package io.veritag.service.agreement;

import io.veritag.agreement.AnnotatorLinks;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.ExtentLink;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.SpanFlags;
import io.veritag.model.Annotator;
import io.veritag.service.CancelledException;
import io.veritag.service.Progress;
import io.veritag.store.AgreementDataStore;
import io.veritag.store.AgreementDataStore.ComparedLink;
import io.veritag.store.AgreementDataStore.ComparedSpan;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chosen articles as the measures see them ({@link ArticleAnnotations}), read one batch of articles at a
 * time in ascending id order, so that memory holds a batch or two, never the whole project. The next batch is
 * read on a thread of its own while the caller works on the current one: reading (the server, the driver)
 * and computing then overlap.
 */
final class AgreementArticles {
    private final Store store;
    private final SpanOrigins origins;
    private final List<Annotator> annotators;
    private final List<Long> annotatorIds;
    private final LabelSet labels;
    private final Set<Long> accepted;

    AgreementArticles(Store store, SpanOrigins origins, List<Annotator> annotators, LabelSet labels) {
        this.store = store;
        this.origins = origins;
        this.annotators = annotators;
        this.annotatorIds = annotators.stream().map(Annotator::id).toList();
        this.labels = labels;
        this.accepted = origins == SpanOrigins.ALL ? Set.of() : store.suggestions().acceptedSpanIds();
    }

    /**
     * Hands {@code action} the articles with these ids (ascending), {@code batchSize} articles at a time, in
     * ascending id order; checks {@code progress} for cancellation between batches.
     */
    void forEachBatch(List<Long> articleIds, int batchSize, Progress progress, Consumer<List<ArticleAnnotations>> action) {
        List<Supplier<List<Long>>> batches = new ArrayList<>();
        for (int from = 0; from < articleIds.size(); from += batchSize) {
            List<Long> batch = articleIds.subList(from, Math.min(articleIds.size(), from + batchSize));
            batches.add(() -> batch);
        }
        forEachBatch(batches, progress, action);
    }

    /**
     * Hands {@code action} the articles of each batch in turn (each batch's ids ascending, the batches in
     * ascending id order); a batch's ids are worked out when it is read, on the reading thread (an empty batch
     * is skipped); checks {@code progress} for cancellation between batches.
     */
    void forEachBatch(List<Supplier<List<Long>>> batches, Progress progress, Consumer<List<ArticleAnnotations>> action) {
        if (batches.isEmpty()) {
            return;
        }
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "agreement-read");
            thread.setDaemon(true);
            return thread;
        });
        Future<List<ArticleAnnotations>> next = reader.submit(() -> read(batches.get(0).get()));
        try {
            for (int b = 0; b < batches.size(); b++) {
                List<ArticleAnnotations> batch = result(next);
                Supplier<List<Long>> following = b + 1 < batches.size() ? batches.get(b + 1) : null;
                next = following == null ? null : reader.submit(() -> read(following.get()));
                progress.checkCancelled();
                if (!batch.isEmpty()) {
                    action.accept(batch);
                }
            }
        } finally {
            // never interrupt a read: an interrupted thread can close H2's file channel under the database
            if (next != null) {
                next.cancel(false);
            }
            reader.shutdown();
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One batch from the store, assembled: each annotator's compared spans, sources, flags and links. */
    private List<ArticleAnnotations> read(List<Long> articleIds) {
        AgreementDataStore.Batch batch = store.agreementData().batch(articleIds, annotatorIds);
        Map<Long, Map<Long, AnnotatorSpans>> spans = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>(); // span id -> position in its annotator's list
        List<ComparedSpan> sources = new ArrayList<>();
        for (ComparedSpan span : batch.spans()) {
            if (!origins.counts(accepted.contains(span.id()))) {
                continue;
            }
            if (span.sourceType() != null) {
                sources.add(span); // the source layer counts in the link measures only, after the label spans
            } else if (labels.contains(span.label())) {
                AnnotatorSpans own = spans.computeIfAbsent(span.articleId(), k -> new HashMap<>())
                        .computeIfAbsent(span.annotatorId(), k -> new AnnotatorSpans());
                positions.put(span.id(), own.extents.size());
                own.extents.add(new LabeledExtent(span.start(), span.end(), span.label()));
                own.flags.add(new SpanFlags(null, span.unsure()));
            }
        }
        for (ComparedSpan span : sources) {
            AnnotatorSpans own = spans.computeIfAbsent(span.articleId(), k -> new HashMap<>())
                    .computeIfAbsent(span.annotatorId(), k -> new AnnotatorSpans());
            positions.put(span.id(), own.extents.size() + own.sources.size());
            own.sources.add(new LabeledExtent(span.start(), span.end(), span.label()));
            own.sourceFlags.add(new SpanFlags(span.sourceType(), span.unsure()));
        }
        spans.values().forEach(byAnnotator -> byAnnotator.values().forEach(own -> own.flags.addAll(own.sourceFlags)));
        // a link counts when both its ends are compared spans
        for (ComparedLink link : batch.links()) {
            Integer from = positions.get(link.fromSpanId());
            Integer to = positions.get(link.toSpanId());
            if (from != null && to != null) {
                spans.get(link.articleId()).get(link.annotatorId()).links.add(new ExtentLink(from, to, link.type()));
            }
        }
        List<ArticleAnnotations> result = new ArrayList<>(batch.articles().size());
        for (AgreementDataStore.ArticleText article : batch.articles()) {
            Map<Long, AnnotatorSpans> byAnnotator = spans.getOrDefault(article.id(), Map.of());
            List<List<LabeledExtent>> ordered = new ArrayList<>(annotators.size());
            List<AnnotatorLinks> links = new ArrayList<>(annotators.size());
            for (Annotator annotator : annotators) {
                AnnotatorSpans own = byAnnotator.getOrDefault(annotator.id(), new AnnotatorSpans());
                ordered.add(own.extents);
                links.add(new AnnotatorLinks(own.sources, own.flags, own.links));
            }
            result.add(new ArticleAnnotations(article.id(), article.title(), article.text(), ordered, links));
        }
        return result;
    }

    /** One annotator's compared spans in one article, their flags (same order) and links between them. */
    private static final class AnnotatorSpans {
        final List<LabeledExtent> extents = new ArrayList<>();
        final List<LabeledExtent> sources = new ArrayList<>();
        final List<SpanFlags> flags = new ArrayList<>();
        final List<SpanFlags> sourceFlags = new ArrayList<>();
        final List<ExtentLink> links = new ArrayList<>();
    }
}
