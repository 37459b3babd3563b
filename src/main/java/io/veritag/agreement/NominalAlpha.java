package io.veritag.agreement;

/**
 * Krippendorff's alpha for nominal data in its general form, with missing values (Krippendorff 2011,
 * "Computing Krippendorff's alpha-reliability"): coincidences within each unit weighted by 1/(m_u − 1),
 * units with fewer than two values ignored. The token-level alpha is the special case without missing
 * values, which {@link CategoricalTally} computes from counts alone.
 */
public final class NominalAlpha {
    /** Marks a value that an annotator did not give. */
    public static final int MISSING = -1;

    private NominalAlpha() {
    }

    /** {@code codes[rater][unit]} is a category index in [0, categories) or {@link #MISSING}. */
    public static Score of(int[][] codes, int categories) {
        int units = codes.length == 0 ? 0 : codes[0].length;
        double[][] coincidences = new double[categories][categories];
        int[] counts = new int[categories];
        for (int u = 0; u < units; u++) {
            java.util.Arrays.fill(counts, 0);
            int m = 0;
            for (int[] rater : codes) {
                if (rater[u] != MISSING) {
                    counts[rater[u]]++;
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (int c = 0; c < categories; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < categories; k++) {
                    double pairs = c == k ? (double) counts[c] * (counts[c] - 1) : (double) counts[c] * counts[k];
                    coincidences[c][k] += pairs / (m - 1);
                }
            }
        }
        double n = 0;
        double[] marginals = new double[categories];
        double observedOff = 0;
        for (int c = 0; c < categories; c++) {
            for (int k = 0; k < categories; k++) {
                marginals[c] += coincidences[c][k];
                if (c != k) {
                    observedOff += coincidences[c][k];
                }
            }
            n += marginals[c];
        }
        if (n == 0) {
            return Score.undefined("no unit has two or more values");
        }
        double expectedOff = 0;
        for (int c = 0; c < categories; c++) {
            for (int k = 0; k < categories; k++) {
                if (c != k) {
                    expectedOff += marginals[c] * marginals[k];
                }
            }
        }
        if (expectedOff == 0) {
            return Score.undefined("every value is the same category, so expected disagreement is 0");
        }
        double observed = observedOff / n;
        double expected = expectedOff / (n * (n - 1));
        return Score.of(1 - observed / expected);
    }
}
