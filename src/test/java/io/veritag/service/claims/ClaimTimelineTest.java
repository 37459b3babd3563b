package io.veritag.service.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.ClaimCluster;
import io.veritag.model.ClaimSpan;
import io.veritag.service.claims.ClaimTimeline.Entry;
import io.veritag.service.claims.ClaimTimeline.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline of a cluster: date order, who said it first, denials and speculations apart, undated spans counted. */
class ClaimTimelineTest {
    private static final ClaimCluster CLUSTER = new ClaimCluster(1, 1, "wording", false, Instant.EPOCH, Instant.EPOCH);

    private static ClaimSpan span(long id, String outlet, String published, String label) {
        return new ClaimSpan(id, 1, id * 10, "x" + id, "title " + id, outlet, published, 0, 4, label, "text " + id, 1L);
    }

    private static ClaimTimeline timeline(List<ClaimSpan> members, List<ClaimSpan> attached, Map<Long, List<String>> sources) {
        return ClaimTimeline.of(new ClusterSummary(CLUSTER, "anna", members, attached, 0, null, null, List.of(), sources));
    }

    @Test
    void ordersByDateMarksTheEarliestMemberFirstAndKeepsDenialsAndSpeculationsApart() {
        ClaimTimeline t = timeline(
                List.of(span(1, "Late", "2022-11-12", "CLAIM"), span(2, "Early", "2022-11-09T08:30:00Z", "CLAIM"),
                        span(3, "Middle", " 2022-11-10 ", "CLAIM")),
                // a denial dated before every claim is still a denial, and does not make the first claim later
                List.of(span(4, "Doubter", "2022-11-08", "DENIAL"), span(5, "Hedger", "2022-11-11", "SPECULATION")),
                Map.of(3L, List.of("a ministry spokesman")));

        assertThat(t.entries()).extracting(e -> e.span().spanId()).containsExactly(4L, 2L, 3L, 5L, 1L);
        assertThat(t.entries()).extracting(Entry::role)
                .containsExactly(Role.DENIED, Role.FIRST, Role.REPEATED, Role.HEDGED, Role.REPEATED);
        assertThat(t.entries()).extracting(Entry::date).containsExactly(LocalDate.of(2022, 11, 8), LocalDate.of(2022, 11, 9),
                LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 11), LocalDate.of(2022, 11, 12));
        assertThat(t.entries().get(2).sources()).containsExactly("a ministry spokesman");
        assertThat(t.entries().get(1).sources()).isEmpty();
        assertThat(t.undated()).isZero();
    }

    @Test
    void countsSpansWithoutAReadableDateInsteadOfInventingOne() {
        ClaimTimeline t = timeline(
                List.of(span(1, "A", null, "CLAIM"), span(2, "B", "  ", "CLAIM"), span(3, "C", "09/11/2022", "CLAIM"),
                        span(4, "D", "2022-11-31", "CLAIM"), span(5, "E", "20221109", "CLAIM"), span(6, "F", "2022-11-10", "CLAIM")),
                List.of(span(7, "G", null, "DENIAL")), Map.of());

        assertThat(t.entries()).extracting(e -> e.span().spanId()).containsExactly(6L);
        assertThat(t.entries().get(0).role()).isEqualTo(Role.FIRST);
        assertThat(t.undated()).isEqualTo(6);
    }

    @Test
    void everyMemberOnTheFirstDaySaidItFirstAndAnOutletlessArticleGoesByItsTitle() {
        ClaimTimeline t = timeline(List.of(span(2, "", "2022-11-09", "CLAIM"), span(1, "A", "2022-11-09", "CLAIM"),
                span(3, "A", "2022-11-09", "CLAIM")), List.of(), Map.of());

        assertThat(t.entries()).extracting(Entry::role).containsOnly(Role.FIRST);
        assertThat(t.entries()).extracting(e -> e.span().spanId()).containsExactly(1L, 2L, 3L);
        assertThat(t.entries()).extracting(Entry::outlet).containsExactly("A", "title 2", "A");
    }

    @Test
    void aClusterOfOnlyDenialsHasNoFirst() {
        ClaimTimeline t = timeline(List.of(), List.of(span(1, "A", "2022-11-09", "DENIAL")), Map.of());
        assertThat(t.entries()).extracting(Entry::role).containsExactly(Role.DENIED);
    }
}
