package io.veritag.service.agreement;

import io.veritag.service.Progress;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.AnnotatorLinks;
import io.veritag.agreement.ExtentLink;
import io.veritag.agreement.SpanFlags;
import io.veritag.model.Link;
import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.ArticleSummary;
import io.veritag.model.Label;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the agreement service read a report's input before it read a batch at a time: the whole selection in
 * memory (every text, span and link, with every column). Kept verbatim (main at 461f63c) as the reference that
 * the batched reading must equal; used by {@link BatchedAgreementTest} and the team benchmark only.
 */
public final class PreBatchAgreementRead {
    private final Store store;
    private final SpanOrigins origins;

    public PreBatchAgreementRead(Store store, SpanOrigins origins) {
        this.store = store;
        this.origins = origins;
    }

    private boolean counts(boolean accepted) {
        return origins == SpanOrigins.ALL || (origins == SpanOrigins.ACCEPTED) == accepted;
    }

    /** The annotators (by name), labels and articles the selection names, with their spans. */
    public AgreementInput load(AgreementSelection selection, Progress progress) {
        progress.update(0, 3, "choosing annotators and articles");
        Map<Long, Set<Long>> withSpans = store.agreementData().annotatorsWithSpansByArticle();
        List<Annotator> annotators = chooseAnnotators(selection, withSpans);
        LabelSet labels = chooseLabels(selection);
        List<Long> articleIds = chooseArticles(selection, annotators, withSpans);
        progress.checkCancelled();

        progress.update(1, 3, "loading " + articleIds.size() + " articles");
        List<Article> articles = store.agreementData().articles(articleIds);
        List<Long> annotatorIds = annotators.stream().map(Annotator::id).toList();
        Map<Long, Map<Long, AnnotatorSpans>> spans = new HashMap<>();
        Map<Long, int[]> positions = new HashMap<>(); // span id -> {position in its annotator's list}
        Set<Long> accepted = origins == SpanOrigins.ALL ? Set.of() : store.suggestions().acceptedSpanIds();
        List<Span> sources = new ArrayList<>();
        for (Span span : store.agreementData().spans(articleIds, annotatorIds)) {
            if (!counts(accepted.contains(span.id()))) {
                continue;
            }
            if (span.isSource()) {
                sources.add(span); // the source layer counts in the link measures only, after the label spans
            } else if (labels.contains(span.label())) {
                AnnotatorSpans own = spans.computeIfAbsent(span.articleId(), k -> new HashMap<>())
                        .computeIfAbsent(span.annotatorId(), k -> new AnnotatorSpans());
                positions.put(span.id(), new int[] {own.extents.size()});
                own.extents.add(LabeledExtent.of(span));
                own.flags.add(new SpanFlags(null, span.unsure()));
            }
        }
        for (Span span : sources) {
            AnnotatorSpans own = spans.computeIfAbsent(span.articleId(), k -> new HashMap<>())
                    .computeIfAbsent(span.annotatorId(), k -> new AnnotatorSpans());
            positions.put(span.id(), new int[] {own.extents.size() + own.sources.size()});
            own.sources.add(LabeledExtent.of(span));
            own.sourceFlags.add(new SpanFlags(span.sourceType(), span.unsure()));
        }
        for (AnnotatorSpans own : allOf(spans)) {
            own.flags.addAll(own.sourceFlags);
        }
        // a link counts when both its ends are compared spans
        for (Link link : store.agreementData().links(articleIds, annotatorIds)) {
            int[] from = positions.get(link.fromSpanId());
            int[] to = positions.get(link.toSpanId());
            if (from != null && to != null) {
                spans.get(link.articleId()).get(link.annotatorId()).links.add(new ExtentLink(from[0], to[0], link.type()));
            }
        }
        List<ArticleAnnotations> result = new ArrayList<>(articles.size());
        for (Article article : articles) {
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
        return new AgreementInput(annotators.stream().map(Annotator::name).toList(), labels, result);
    }

    /** One annotator's compared spans in one article, their flags (same order) and links between them. */
    private static final class AnnotatorSpans {
        final List<LabeledExtent> extents = new ArrayList<>();
        final List<LabeledExtent> sources = new ArrayList<>();
        final List<SpanFlags> flags = new ArrayList<>();
        final List<SpanFlags> sourceFlags = new ArrayList<>();
        final List<ExtentLink> links = new ArrayList<>();
    }

    private static List<AnnotatorSpans> allOf(Map<Long, Map<Long, AnnotatorSpans>> spans) {
        List<AnnotatorSpans> all = new ArrayList<>();
        spans.values().forEach(byAnnotator -> all.addAll(byAnnotator.values()));
        return all;
    }

    private List<Annotator> chooseAnnotators(AgreementSelection selection, Map<Long, Set<Long>> withSpans) {
        List<Annotator> all = store.annotators().all();
        if (selection.annotators().isEmpty()) {
            Set<Long> marked = new HashSet<>();
            withSpans.values().forEach(marked::addAll);
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

    private List<Long> chooseArticles(AgreementSelection selection, List<Annotator> annotators,
                                      Map<Long, Set<Long>> withSpans) {
        if (annotators.isEmpty()) {
            return List.of();
        }
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
