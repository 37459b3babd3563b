package io.veritag.agreement.adjudication;

import io.veritag.model.Span;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GroupKey;
import io.veritag.model.gold.LabeledRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares the chosen annotators' spans of one article.
 *
 * <p>A (start, end, label) that every chosen annotator has is unanimous. Every other span joins the
 * spans it overlaps (transitively) in one disagreement; a span overlapping nothing is a disagreement on
 * its own. A disagreement is classified by its distinct versions: one version → {@code MISSING} (some
 * annotators lack it); same extent, several labels → {@code LABEL}; same label, several extents →
 * {@code BOUNDARY}; both → {@code BOUNDARY_AND_LABEL}. Spans of annotators not chosen are ignored.
 * Everything is ordered by start, end, label, then annotator order, so the result does not depend on the
 * order of the input.
 */
public final class SpanComparator {
    private static final Comparator<LabeledRange> BY_POSITION = Comparator.comparingInt(LabeledRange::start)
            .thenComparingInt(LabeledRange::end)
            .thenComparing(LabeledRange::label);

    private SpanComparator() {
    }

    /**
     * @param annotatorIds the chosen annotators, in the order they are shown (by name)
     * @param spans        spans of one article; spans of other annotators are ignored
     */
    public static ArticleComparison compare(List<Long> annotatorIds, Collection<Span> spans) {
        if (annotatorIds.isEmpty()) {
            throw new IllegalArgumentException("choose at least one annotator");
        }
        Map<Long, Integer> annotatorOrder = new HashMap<>();
        for (Long id : annotatorIds) {
            if (annotatorOrder.putIfAbsent(id, annotatorOrder.size()) != null) {
                throw new IllegalArgumentException("annotator " + id + " chosen twice");
            }
        }
        Comparator<Span> spanOrder = Comparator.<Span, LabeledRange>comparing(SpanComparator::range, BY_POSITION)
                .thenComparingInt(s -> annotatorOrder.get(s.annotatorId()))
                .thenComparingLong(Span::id);

        Map<LabeledRange, List<Span>> byRange = new TreeMap<>(BY_POSITION);
        spans.stream()
                .filter(s -> annotatorOrder.containsKey(s.annotatorId()))
                .sorted(spanOrder)
                .forEach(s -> byRange.computeIfAbsent(range(s), r -> new ArrayList<>()).add(s));

        List<SpanGroup> unanimous = new ArrayList<>();
        List<Span> rest = new ArrayList<>();
        for (var entry : byRange.entrySet()) {
            Set<Long> who = entry.getValue().stream().map(Span::annotatorId).collect(Collectors.toSet());
            if (who.size() == annotatorIds.size()) {
                unanimous.add(group(DisagreementKind.UNANIMOUS, List.of(new SpanVersion(entry.getKey(), entry.getValue())), List.of()));
            } else {
                rest.addAll(entry.getValue());
            }
        }
        List<SpanGroup> disagreements = new ArrayList<>();
        for (List<Span> cluster : overlapClusters(rest)) {
            disagreements.add(disagreement(cluster, annotatorIds));
        }
        return new ArticleComparison(annotatorIds, unanimous, disagreements);
    }

    /** Splits spans (sorted by start) into runs in which each span overlaps some earlier span of the run. */
    private static List<List<Span>> overlapClusters(List<Span> sortedByStart) {
        List<List<Span>> clusters = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int currentEnd = Integer.MIN_VALUE;
        for (Span span : sortedByStart) {
            if (!current.isEmpty() && span.start() >= currentEnd) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            current.add(span);
            currentEnd = current.size() == 1 ? span.end() : Math.max(currentEnd, span.end());
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        return clusters;
    }

    private static SpanGroup disagreement(List<Span> cluster, List<Long> annotatorIds) {
        Map<LabeledRange, List<Span>> byRange = new LinkedHashMap<>();
        for (Span span : cluster) { // cluster is already in span order, so versions come out by position
            byRange.computeIfAbsent(range(span), r -> new ArrayList<>()).add(span);
        }
        List<SpanVersion> versions = byRange.entrySet().stream()
                .map(e -> new SpanVersion(e.getKey(), e.getValue()))
                .toList();
        Set<Long> present = cluster.stream().map(Span::annotatorId).collect(Collectors.toSet());
        List<Long> missing = annotatorIds.stream().filter(id -> !present.contains(id)).toList();
        return group(classify(versions), versions, missing);
    }

    static DisagreementKind classify(List<SpanVersion> versions) {
        if (versions.size() == 1) {
            return DisagreementKind.MISSING;
        }
        Set<String> extents = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        for (SpanVersion version : versions) {
            extents.add(version.range().start() + ":" + version.range().end());
            labels.add(version.range().label());
        }
        if (extents.size() == 1) {
            return DisagreementKind.LABEL;
        }
        if (labels.size() == 1) {
            return DisagreementKind.BOUNDARY;
        }
        return DisagreementKind.BOUNDARY_AND_LABEL;
    }

    private static SpanGroup group(DisagreementKind kind, List<SpanVersion> versions, List<Long> missing) {
        GroupKey key = GroupKey.of(versions.stream().flatMap(v -> v.spans().stream()).mapToLong(Span::id));
        return new SpanGroup(key, kind, versions, missing);
    }

    private static LabeledRange range(Span span) {
        return new LabeledRange(span.start(), span.end(), span.label());
    }
}
