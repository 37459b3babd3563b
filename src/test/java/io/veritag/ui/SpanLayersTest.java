package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanLayersTest {
    private static Span span(long id, int start, int end) {
        return new Span(id, 1, 1, start, end, "CLAIM", null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void overlappingSpansGetDifferentLayersAndDisjointOnesShareLayerZero() {
        SpanLayers layers = new SpanLayers(List.of(span(1, 0, 10), span(2, 5, 8), span(3, 12, 20), span(4, 6, 15)));

        assertThat(layers.layerOf(1)).isZero();
        assertThat(layers.layerOf(2)).isEqualTo(1);
        assertThat(layers.layerOf(4)).isEqualTo(2);
        assertThat(layers.layerOf(3)).isZero();
        assertThat(layers.layerCount()).isEqualTo(3);
    }

    @Test
    void findsExactlyTheSpansTouchingARange() {
        List<Span> spans = new ArrayList<>();
        spans.add(span(1, 0, 1000)); // a long span starting early must still be found
        for (int i = 0; i < 500; i++) {
            spans.add(span(i + 10, i * 10, i * 10 + 5));
        }
        SpanLayers layers = new SpanLayers(spans);
        List<Long> found = new ArrayList<>();
        layers.forEachOverlapping(2003, 2012, (Span s) -> found.add(s.id()));

        assertThat(found).containsExactlyInAnyOrder(200L + 10, 201L + 10);
        found.clear();
        layers.forEachOverlapping(995, 1001, (Span s) -> found.add(s.id()));
        assertThat(found).containsExactlyInAnyOrder(1L, 100L + 10);
    }
}
