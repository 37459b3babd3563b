package io.veritag.agreement;

import java.util.List;

/**
 * Agreement of two annotators on a category given to each matched span pair (a source type, the unsure flag):
 * the pairs compared, how many got the same category from both, percent agreement and Cohen's kappa.
 * Both scores are undefined when no pair was compared; kappa also when chance agreement is 1.
 */
public record PairedCategories(long compared, long agreeing, Score percentAgreement, Score cohenKappa) {

    /** No pair compared: both scores undefined for {@code reason}. */
    static PairedCategories nothingCompared(String reason) {
        return new PairedCategories(0, 0, Score.undefined(reason), Score.undefined(reason));
    }

    /** Additive counts: {@code counts[a][b]} is the number of pairs where the reference chose a and the other b. */
    static final class Tally {
        private final List<String> categories;
        /** Per category, the reason kappa is undefined when both chose it for every pair (built once per list). */
        private final String[] everyoneChose;
        private final int size;
        /** counts[a * size + b]: pairs where the reference chose a and the other b. */
        private final long[] counts;
        /** The table's row and column sums, kept as it grows, so that the scores need not add the table up. */
        private final long[] rows;
        private final long[] columns;

        Tally(List<String> categories, String[] everyoneChose) {
            this.categories = categories;
            this.everyoneChose = everyoneChose;
            this.size = categories.size();
            this.counts = new long[size * size];
            this.rows = new long[size];
            this.columns = new long[size];
        }

        /** The reasons {@link #scores} gives when both annotators chose one category for every pair. */
        static String[] everyoneChose(List<String> categories) {
            return categories.stream().map(c -> "both annotators chose " + c
                    + " for every matched pair, so chance agreement is 1 and kappa is 0/0").toArray(String[]::new);
        }

        void add(int reference, int other) {
            counts[reference * size + other]++;
            rows[reference]++;
            columns[other]++;
        }

        void addAll(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            for (int k = 0; k < size; k++) {
                rows[k] += other.rows[k];
                columns[k] += other.columns[k];
            }
        }

        /** The scores; {@code nothingCompared} when no pair was added (its scores undefined with the reason). */
        PairedCategories scores(PairedCategories nothingCompared) {
            long n = 0;
            long agree = 0;
            long chance = 0;
            int only = -1;
            for (int k = 0; k < size; k++) {
                agree += counts[k * size + k];
                n += rows[k];
                chance += rows[k] * columns[k];
            }
            if (n == 0) {
                return nothingCompared;
            }
            for (int k = 0; k < size; k++) {
                if (counts[k * size + k] == n) {
                    only = k;
                }
            }
            Score kappa = only >= 0
                    ? Score.undefined(everyoneChose[only])
                    : Score.of(((double) n * agree - chance) / ((double) n * n - chance));
            return new PairedCategories(n, agree, Score.of((double) agree / n), kappa);
        }
    }
}
