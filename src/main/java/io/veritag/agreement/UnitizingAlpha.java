package io.veritag.agreement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Krippendorff's (1995, 2004) alpha_u for unitizing, computed as DKPro Agreement's
 * {@code KrippendorffAlphaUnitizingAgreement} does, from sorted interval lists.
 *
 * <p>For a label c, each annotator's continuum is cut into sections: their c-units and the gaps between
 * them. Observed disagreement sums, over every pair of annotators and every pair of overlapping sections,
 * (Δstart² + Δend²) for two units, and length² for a unit lying inside the other's gap:
 * D_o = 2·Σ / (R(R−1)L²). Expected disagreement follows Krippendorff's closed form over all unit lengths l
 * and gap lengths g of all annotators:
 * D_e = (2/L)·Σ_l [ (N_c−1)(2l³−3l²+l)/3 + l²·Σ_{g≥l}(g−l+1) ] / (RL(RL−1) − Σ_l l(l−1)).
 * The inner gap sum uses sorted gap lengths and suffix sums, so a label costs O(U log U) rather than
 * DKPro's O(U·G).
 */
public final class UnitizingAlpha {
    private UnitizingAlpha() {
    }

    /** Observed and expected disagreement of one label. */
    public record Disagreement(double observed, double expected, int units) {
    }

    public static Unitizing compute(UnitizingContinuum continuum) {
        LabelSet labels = continuum.labels();
        Map<String, Score> perLabel = new LinkedHashMap<>();
        String generalProblem = generalProblem(continuum);
        double observedSum = 0;
        double expectedSum = 0;
        int used = 0;
        for (int c = 0; c < labels.size(); c++) {
            String name = labels.names().get(c);
            if (generalProblem != null) {
                perLabel.put(name, Score.undefined(generalProblem));
                continue;
            }
            Disagreement d = disagreement(continuum, c);
            if (d.units() == 0) {
                perLabel.put(name, Score.undefined("nobody used " + name));
                continue;
            }
            used++;
            observedSum += d.observed();
            expectedSum += d.expected();
            perLabel.put(name, d.expected() == 0
                    ? Score.undefined("expected disagreement for " + name + " is 0 (nothing could be placed differently)")
                    : Score.of(1 - d.observed() / d.expected()));
        }
        Score overall;
        if (generalProblem != null) {
            overall = Score.undefined(generalProblem);
        } else if (used == 0) {
            overall = Score.undefined("nobody marked any span");
        } else if (expectedSum == 0) {
            overall = Score.undefined("expected disagreement is 0 (nothing could be placed differently)");
        } else {
            // mean D_o / mean D_e over the used labels: the counts cancel
            overall = Score.of(1 - observedSum / expectedSum);
        }
        return new Unitizing(overall, perLabel);
    }

    private static String generalProblem(UnitizingContinuum continuum) {
        if (continuum.raters() < 2) {
            return "needs at least two annotators";
        }
        if (continuum.length() == 0) {
            return "no text to compare";
        }
        return null;
    }

    /** D_o and D_e of label index {@code c} (both 0 when nobody used it). */
    public static Disagreement disagreement(UnitizingContinuum continuum, int c) {
        int raters = continuum.raters();
        long length = continuum.length();
        int units = 0;
        int gapsUpperBound = 0;
        for (int r = 0; r < raters; r++) {
            units += continuum.count(c, r);
            gapsUpperBound += continuum.count(c, r) + 1;
        }
        if (units == 0) {
            return new Disagreement(0, 0, 0);
        }
        return new Disagreement(observed(continuum, c, raters, length), expected(continuum, c, raters, length, units,
                gapsUpperBound), units);
    }

    private static double observed(UnitizingContinuum continuum, int c, int raters, long length) {
        double sum = 0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                sum += observedPair(continuum.starts(c, r1), continuum.ends(c, r1), continuum.count(c, r1),
                        continuum.starts(c, r2), continuum.ends(c, r2), continuum.count(c, r2), length);
            }
        }
        return 2.0 * sum / ((double) raters * (raters - 1) * ((double) length * length));
    }

    /** Sweeps the two annotators' sections (units and gaps tile [0, L)) and sums over overlapping pairs. */
    private static double observedPair(long[] st1, long[] en1, int n1, long[] st2, long[] en2, int n2, long length) {
        if (n1 == 0 && n2 == 0) {
            return 0;
        }
        Sections a = new Sections(st1, en1, n1, length);
        Sections b = new Sections(st2, en2, n2, length);
        double sum = 0;
        while (true) {
            sum += distance(a, b);
            if (a.end >= length && b.end >= length) {
                return sum;
            }
            long boundary = Math.min(a.end, b.end);
            if (a.end == boundary) {
                a.advance();
            }
            if (b.end == boundary) {
                b.advance();
            }
        }
    }

    /** Krippendorff's squared distance of two overlapping sections (0 for two gaps). */
    private static double distance(Sections a, Sections b) {
        if (a.unit && b.unit) {
            double ds = a.start - b.start;
            double de = a.end - b.end;
            return ds * ds + de * de;
        }
        if (a.unit && b.start <= a.start && a.end <= b.end) {
            double l = a.end - a.start;
            return l * l; // a unit inside the other's gap
        }
        if (b.unit && a.start <= b.start && b.end <= a.end) {
            double l = b.end - b.start;
            return l * l;
        }
        return 0;
    }

    /** Walks one annotator's sections of [0, L) for one label: their units and the gaps between them. */
    private static final class Sections {
        private final long[] starts;
        private final long[] ends;
        private final int count;
        private final long length;
        private int next;
        long start;
        long end;
        boolean unit;

        Sections(long[] starts, long[] ends, int count, long length) {
            this.starts = starts;
            this.ends = ends;
            this.count = count;
            this.length = length;
            moveTo(0);
        }

        void advance() {
            moveTo(end);
        }

        private void moveTo(long position) {
            start = position;
            if (next < count && starts[next] == position) {
                end = ends[next++];
                unit = true;
            } else {
                end = next < count ? starts[next] : length;
                unit = false;
            }
        }
    }

    private static double expected(UnitizingContinuum continuum, int c, int raters, long length, int units,
                                   int gapsUpperBound) {
        long[] gaps = new long[gapsUpperBound];
        int g = 0;
        double squaredLengths = 0; // Σ l(l−1)
        for (int r = 0; r < raters; r++) {
            Sections sections = new Sections(continuum.starts(c, r), continuum.ends(c, r), continuum.count(c, r), length);
            while (true) {
                long l = sections.end - sections.start;
                if (sections.unit) {
                    squaredLengths += (double) l * (l - 1);
                } else {
                    gaps[g++] = l;
                }
                if (sections.end >= length) {
                    break;
                }
                sections.advance();
            }
        }
        Arrays.sort(gaps, 0, g);
        long[] suffixSum = new long[g + 1];
        for (int i = g - 1; i >= 0; i--) {
            suffixSum[i] = suffixSum[i + 1] + gaps[i];
        }
        double total = 0;
        for (int r = 0; r < raters; r++) {
            long[] st = continuum.starts(c, r);
            long[] en = continuum.ends(c, r);
            int n = continuum.count(c, r);
            for (int i = 0; i < n; i++) {
                long l = en[i] - st[i];
                int from = lowerBound(gaps, g, l);
                long fitting = g - from;
                // Σ_{gap ≥ l} (gap − l + 1)
                double placements = (double) suffixSum[from] - (double) fitting * (l - 1);
                double ld = l;
                total += (units - 1.0) * (ld * (ld - 1) * (2 * ld - 1)) / 3.0 + ld * ld * placements;
            }
        }
        double rl = (double) raters * length;
        return total * (2.0 / length) / (rl * (rl - 1) - squaredLengths);
    }

    private static int lowerBound(long[] sorted, int n, long key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
