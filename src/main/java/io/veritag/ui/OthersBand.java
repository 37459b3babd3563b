package io.veritag.ui;

/**
 * Where the other annotators' bars go: a band of room opened at the top of every line, above the letters and
 * below the descenders of the line before, with one bar per overlap layer in it. Without that room the bars
 * lay in the three or so pixels a font leaves above its letters, and the second and third overlapping bars
 * crossed the tops of the letters. Every size grows with the reading font (zoom and UI scale alike) and is a
 * whole number of pixels, so the bars' edges are crisp and the gaps are really empty.
 */
record OthersBand(int room, int gapAbove, int firstThickness, int thickness, int gap, int tick) {
    /** At most this many layers get their own bar; deeper ones share the last. */
    static final int MAX_LAYERS = 4;
    /** The reading font's size (pixels) the sizes below are given for. */
    private static final float BASE_SIZE = 17f;

    /** The band for {@code layers} overlap layers of others' spans (0: no room, nothing is shown) in a font of this size. */
    static OthersBand of(float fontSize, int layers) {
        float s = Math.max(0.5f, fontSize / BASE_SIZE);
        int gapAbove = Math.max(1, Math.round(s));
        int first = Math.max(2, Math.round(3 * s));
        int thickness = Math.max(2, Math.round(2 * s));
        int gap = Math.max(1, Math.round(s));
        int tick = Math.max(first + 2, Math.round(5 * s));
        int gapBelow = Math.max(2, Math.round(2 * s));
        int shown = Math.min(layers, MAX_LAYERS);
        int bars = shown == 0 ? 0 : first + (shown - 1) * (gap + thickness);
        int room = shown == 0 ? 0 : gapAbove + Math.max(bars, tick) + gapBelow;
        return new OthersBand(room, gapAbove, first, thickness, gap, tick);
    }

    /** Top of the bar of {@code layer}, from the top of its line. */
    int barTop(int layer) {
        int k = Math.min(layer, MAX_LAYERS - 1);
        return k == 0 ? gapAbove : gapAbove + firstThickness + gap + (k - 1) * (thickness + gap);
    }

    /** Thickness of the bar of {@code layer}: the first is the thickest. */
    int barThickness(int layer) {
        return layer == 0 ? firstThickness : thickness;
    }

    /** Top of the end ticks, from the top of the line. */
    int tickTop() {
        return gapAbove;
    }

    /** Bottom of the end ticks of a span on {@code layer}: down to its bar, at least {@link #tick} long; in the band. */
    int tickBottom(int layer) {
        int k = Math.min(layer, MAX_LAYERS - 1);
        return Math.max(barTop(k) + barThickness(k), gapAbove + tick);
    }
}
