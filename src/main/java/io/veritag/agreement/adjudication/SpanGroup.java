package io.veritag.agreement.adjudication;

import io.veritag.model.Span;
import io.veritag.model.gold.DisagreementKind;
import io.veritag.model.gold.GroupKey;
import java.util.List;
import java.util.Optional;

/**
 * Annotator spans that belong together: either one unanimous span, or a disagreement (overlapping spans
 * that are not unanimous, or a lone span some annotators lack).
 *
 * @param key                sorted ids of the spans, e.g. {@code "12,15"}: identifies the group across sessions
 * @param versions           the distinct versions, by start, end, label
 * @param missingAnnotatorIds chosen annotators without any span in the group, in annotator order
 */
public record SpanGroup(GroupKey key, DisagreementKind kind, List<SpanVersion> versions, List<Long> missingAnnotatorIds) {
    public SpanGroup {
        versions = List.copyOf(versions);
        missingAnnotatorIds = List.copyOf(missingAnnotatorIds);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one version");
        }
    }

    public int start() {
        return versions.stream().mapToInt(v -> v.range().start()).min().orElseThrow();
    }

    public int end() {
        return versions.stream().mapToInt(v -> v.range().end()).max().orElseThrow();
    }

    /** Every span of the group, version by version. */
    public List<Span> spans() {
        return versions.stream().flatMap(v -> v.spans().stream()).toList();
    }

    /** The version this annotator proposed (the first one if they have several in this group). */
    public Optional<SpanVersion> versionOf(long annotatorId) {
        return versions.stream().filter(v -> v.proposedBy(annotatorId)).findFirst();
    }

    public boolean isUnanimous() {
        return kind == DisagreementKind.UNANIMOUS;
    }
}
