package io.veritag.service.claims;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A claim cluster as the claims view and {@code veritag claims} show it: its wording, member claims and attached
 * denials and speculations (with articles), how many outlets said it, the first and latest publication date
 * (as the articles give them; null if none has one), the sources the members are said by, and the sources of each
 * member and attached span (by span id; a span said by none is absent).
 */
public record ClusterSummary(ClaimCluster cluster, String annotator, List<ClaimSpan> members, List<ClaimSpan> attached,
                             int outlets, String firstDate, String latestDate, List<String> sources,
                             Map<Long, List<String>> sourcesBySpan) {
    public ClusterSummary {
        Objects.requireNonNull(cluster, "cluster");
        members = List.copyOf(members);
        attached = List.copyOf(attached);
        sources = List.copyOf(sources);
        sourcesBySpan = Map.copyOf(sourcesBySpan);
    }

    /** The sources the span is said by, in link order (empty if none). */
    public List<String> sourcesOf(long spanId) {
        return sourcesBySpan.getOrDefault(spanId, List.of());
    }

    public long denials() {
        return attached.stream().filter(s -> s.label().equals("DENIAL")).count();
    }

    public long speculations() {
        return attached.stream().filter(s -> s.label().equals("SPECULATION")).count();
    }
}
