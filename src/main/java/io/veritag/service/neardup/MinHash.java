package io.veritag.service.neardup;

/**
 * MinHash of a shingle set, cut into {@value #BANDS} bands of {@value #ROWS} values (locality-sensitive hashing):
 * two texts whose shingles overlap with Jaccard similarity J share at least one band with probability
 * 1 − (1 − J³)²⁰: 0.93 at J = 0.5, 0.99 at J = 0.6, 0.08 at J = 0.15. The buckets are stored, so the seeds and
 * the mixing must never change (a stored article would no longer meet a new one).
 */
public final class MinHash {
    public static final int BANDS = 20;
    static final int ROWS = 3;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private MinHash() {
    }

    /** One bucket per band; a text without words has fixed buckets that nothing else shares by chance. */
    public static long[] bands(Shingles shingles) {
        long[] minimum = new long[BANDS * ROWS];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles.hashes()) {
            for (int i = 0; i < minimum.length; i++) {
                long value = mix(shingle ^ SEEDS[i]);
                if (value < minimum[i]) {
                    minimum[i] = value;
                }
            }
        }
        long[] buckets = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long bucket = band;
            for (int row = 0; row < ROWS; row++) {
                bucket = mix(bucket ^ minimum[band * ROWS + row]);
            }
            buckets[band] = bucket;
        }
        return buckets;
    }

    /** SplitMix64's finaliser: a fixed, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x5EED_0F_0018L;
        for (int i = 0; i < count; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
