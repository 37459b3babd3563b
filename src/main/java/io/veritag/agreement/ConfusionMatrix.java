package io.veritag.agreement;

import java.util.List;

/**
 * Token counts of one pair: {@code count(row, column)} tokens got category {@code row} from the first
 * annotator and {@code column} from the second. Categories are the labels in order, then O.
 */
public final class ConfusionMatrix {
    private final List<String> categories;
    private final long[][] counts;

    ConfusionMatrix(List<String> categories, long[][] counts) {
        this.categories = categories;
        this.counts = counts;
    }

    public List<String> categories() {
        return categories;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long count(String row, String column) {
        return counts[categories.indexOf(row)][categories.indexOf(column)];
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    /** Tokens on which the two annotators differ. */
    public long disagreements() {
        long total = total();
        for (int i = 0; i < counts.length; i++) {
            total -= counts[i][i];
        }
        return total;
    }
}
