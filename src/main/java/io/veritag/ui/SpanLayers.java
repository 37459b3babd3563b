package io.veritag.ui;

import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spans sorted by position with a layer number each, so that overlapping spans are drawn on different
 * layers (the first free layer, greedy), and a fast query for the spans that touch a visible stretch of text.
 * Built once per change; painting asks only for what is on screen, so 5,000 spans cost what the visible
 * ones cost.
 */
final class SpanLayers {
    static final SpanLayers EMPTY = new SpanLayers(List.of());

    private final Span[] spans;
    private final int[] layer;
    /** maxEnd[i] = the largest end among spans[0..i]: non-decreasing, so it can be binary-searched. */
    private final int[] maxEnd;
    private final int layerCount;

    SpanLayers(List<Span> input) {
        List<Span> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingLong(Span::id));
        spans = sorted.toArray(new Span[0]);
        layer = new int[spans.length];
        maxEnd = new int[spans.length];
        // layerEnds[k] = end of the last span put on layer k
        int[] layerEnds = new int[8];
        int layers = 0;
        int running = 0;
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            int k = 0;
            while (k < layers && layerEnds[k] > s.start()) {
                k++;
            }
            if (k == layers) {
                if (layers == layerEnds.length) {
                    layerEnds = java.util.Arrays.copyOf(layerEnds, layers * 2);
                }
                layers++;
            }
            layerEnds[k] = s.end();
            layer[i] = k;
            running = Math.max(running, s.end());
            maxEnd[i] = running;
        }
        layerCount = layers;
    }

    int size() {
        return spans.length;
    }

    int layerCount() {
        return layerCount;
    }

    /** The layer of a span (0 = bottom), or -1 if it is not here. */
    int layerOf(long spanId) {
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].id() == spanId) {
                return layer[i];
            }
        }
        return -1;
    }

    /** Calls {@code action} with (span index) for every span overlapping [from, to), in position order. */
    void forEachOverlapping(int from, int to, IndexConsumer action) {
        // first index whose running max end passes 'from': no earlier span can reach into the range
        int lo = 0;
        int hi = spans.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < spans.length && spans[i].start() < to; i++) {
            if (spans[i].end() > from) {
                action.accept(i);
            }
        }
    }

    void forEachOverlapping(int from, int to, Consumer<Span> action) {
        forEachOverlapping(from, to, (IndexConsumer) i -> action.accept(spans[i]));
    }

    Span span(int index) {
        return spans[index];
    }

    int layer(int index) {
        return layer[index];
    }

    @FunctionalInterface
    interface IndexConsumer {
        void accept(int index);
    }
}
