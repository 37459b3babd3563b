package io.veritag.service.claims;

import io.veritag.model.Annotator;
import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.model.ClusterRole;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every claim cluster of a layer with what the claims view and the command line show about it (two queries a layer). */
public final class ClaimsOverview {
    private final Store store;

    public ClaimsOverview(Store store) {
        this.store = store;
    }

    /** The annotators whose layer has clusters, by name, or the one named (empty if unknown). */
    public List<Annotator> layers(Optional<String> name) {
        List<Annotator> all = store.annotators().all();
        if (name.isPresent()) {
            return all.stream().filter(a -> a.name().equals(name.get())).toList();
        }
        return all;
    }

    /** The clusters of one annotator's layer, oldest first. */
    public List<ClusterSummary> summaries(Annotator annotator) {
        Map<Long, List<ClaimSpan>> byCluster = new HashMap<>();
        for (ClaimSpan span : store.clusters().clusteredSpans(annotator.id())) {
            byCluster.computeIfAbsent(span.clusterId(), k -> new ArrayList<>()).add(span);
        }
        Map<Long, List<String>> sourcesOf = store.clusters().sourcesOfClustered(annotator.id());
        List<ClusterSummary> summaries = new ArrayList<>();
        for (ClaimCluster cluster : store.clusters().forAnnotator(annotator.id())) {
            summaries.add(summary(cluster, annotator.name(), byCluster.getOrDefault(cluster.id(), List.of()), sourcesOf));
        }
        return summaries;
    }

    static ClusterSummary summary(ClaimCluster cluster, String annotator, List<ClaimSpan> spans, Map<Long, List<String>> sourcesOf) {
        List<ClaimSpan> members = new ArrayList<>();
        List<ClaimSpan> attached = new ArrayList<>();
        Set<String> outlets = new HashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Map<Long, List<String>> sourcesBySpan = new HashMap<>();
        String first = null;
        String latest = null;
        for (ClaimSpan s : spans) {
            boolean member = ClusterRole.of(s.label()) == ClusterRole.MEMBER;
            (member ? members : attached).add(s);
            if (member) {
                // an article without an outlet counts as an outlet of its own
                outlets.add(s.outlet() == null || s.outlet().isBlank() ? "#article " + s.articleId() : s.outlet().strip());
                String date = s.published() == null || s.published().isBlank() ? null : s.published().strip();
                if (date != null) {
                    first = first == null || date.compareTo(first) < 0 ? date : first;
                    latest = latest == null || date.compareTo(latest) > 0 ? date : latest;
                }
            }
            List<String> saidBy = sourcesOf.getOrDefault(s.spanId(), List.of());
            sources.addAll(saidBy);
            if (!saidBy.isEmpty()) {
                sourcesBySpan.put(s.spanId(), List.copyOf(saidBy));
            }
        }
        return new ClusterSummary(cluster, annotator, members, attached, outlets.size(), first, latest, List.copyOf(sources),
                sourcesBySpan);
    }
}
