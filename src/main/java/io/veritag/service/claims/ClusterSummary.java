package io.veritag.service.claims;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import java.util.List;
import java.util.Objects;

/**
 * A claim cluster as the claims view and {@code veritag claims} show it: its wording, member claims and attached
 * denials and speculations (with articles), how many outlets said it, the first and latest publication date
 * (as the articles give them; null if none has one), and the sources the members are said by.
 */
public record ClusterSummary(ClaimCluster cluster, String annotator, List<ClaimSpan> members, List<ClaimSpan> attached,
                             int outlets, String firstDate, String latestDate, List<String> sources) {
    public ClusterSummary {
        Objects.requireNonNull(cluster, "cluster");
        members = List.copyOf(members);
        attached = List.copyOf(attached);
        sources = List.copyOf(sources);
    }

    public long denials() {
        return attached.stream().filter(s -> s.label().equals("DENIAL")).count();
    }

    public long speculations() {
        return attached.stream().filter(s -> s.label().equals("SPECULATION")).count();
    }
}
