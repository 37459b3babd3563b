package io.veritag.service.claims;

import io.veritag.model.ClaimSpan;
import io.veritag.model.ClusterRole;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who said a cluster's claim first, who repeated it, who denied or hedged it, by publication date: one entry per
 * member or attached span, oldest first. Built from a {@link ClusterSummary} (no query of its own). A span whose
 * article has no date, or one that does not start with {@code YYYY-MM-DD}, is counted, never given a date.
 */
public record ClaimTimeline(List<Entry> entries, int undated) {
    /** What a span did with the claim. */
    public enum Role {
        /** A member on the earliest date of the cluster's dated members (all of them, if several share that day). */
        FIRST("said first"),
        REPEATED("repeated"),
        DENIED("denied"),
        HEDGED("hedged");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        /** How the chart's legend and tips name it. */
        public String words() {
            return words;
        }
    }

    /** One dated span: its date, role, article, text and the sources it is said by. */
    public record Entry(LocalDate date, Role role, ClaimSpan span, List<String> sources) {
        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(role, "role");
            sources = List.copyOf(sources);
        }

        /** The outlet, or the article's title if it has none. */
        public String outlet() {
            return span.outlet() == null || span.outlet().isBlank() ? span.title() : span.outlet().strip();
        }
    }

    public ClaimTimeline {
        entries = List.copyOf(entries);
    }

    public static ClaimTimeline of(ClusterSummary cluster) {
        List<ClaimSpan> spans = new ArrayList<>(cluster.members());
        spans.addAll(cluster.attached());
        LocalDate first = null;
        for (ClaimSpan s : cluster.members()) {
            LocalDate date = dateOf(s.published());
            if (date != null && (first == null || date.isBefore(first))) {
                first = date;
            }
        }
        List<Entry> entries = new ArrayList<>();
        int undated = 0;
        for (ClaimSpan s : spans) {
            LocalDate date = dateOf(s.published());
            if (date == null) {
                undated++;
                continue;
            }
            entries.add(new Entry(date, role(s, date.equals(first)), s, cluster.sourcesOf(s.spanId())));
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(e -> e.role().ordinal())
                .thenComparingLong(e -> e.span().spanId()));
        return new ClaimTimeline(entries, undated);
    }

    private static Role role(ClaimSpan s, boolean onFirstDate) {
        if (ClusterRole.of(s.label()) == ClusterRole.MEMBER) {
            return onFirstDate ? Role.FIRST : Role.REPEATED;
        }
        return s.label().equals("DENIAL") ? Role.DENIED : Role.HEDGED;
    }

    /** The day an article's date names ({@code YYYY-MM-DD}, a time after it ignored), or null. */
    static LocalDate dateOf(String published) {
        if (published == null) {
            return null;
        }
        String s = published.strip();
        if (s.length() < 10 || (s.length() > 10 && Character.isDigit(s.charAt(10)))) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
