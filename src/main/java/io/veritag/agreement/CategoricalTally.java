package io.veritag.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sufficient statistics of the token-level measures, additive over articles: one confusion matrix per
 * pair, the category totals, and the sum over tokens of the agreeing ordered rater pairs. Every measure of
 * {@link TokenLevel} is computed from these integers, so the pooled report is the sum of the articles'.
 */
public final class CategoricalTally {
    private final LabelSet labels;
    private final List<AnnotatorPair> pairs;
    private final int raters;
    private final long[][][] confusion;
    private final long[] totals;
    private long items;
    /** Sum over tokens and categories of n_ik (n_ik - 1): ordered pairs of raters that agree. */
    private long agreeingOrderedPairs;

    public CategoricalTally(LabelSet labels, List<AnnotatorPair> pairs, int raters) {
        this.labels = labels;
        this.pairs = pairs;
        this.raters = raters;
        int c = labels.categoryCount();
        this.confusion = new long[pairs.size()][c][c];
        this.totals = new long[c];
    }

    /** Adds the tokens of one text: {@code categories[r][t]} is rater r's category of token t. */
    public void add(int[][] categories) {
        if (categories.length != raters) {
            throw new IllegalArgumentException("expected " + raters + " annotators, got " + categories.length);
        }
        int n = raters == 0 ? 0 : categories[0].length;
        for (int p = 0; p < pairs.size(); p++) {
            int[] a = categories[pairs.get(p).firstIndex()];
            int[] b = categories[pairs.get(p).secondIndex()];
            long[][] m = confusion[p];
            for (int t = 0; t < n; t++) {
                m[a[t]][b[t]]++;
            }
        }
        int[] perItem = new int[labels.categoryCount()];
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < raters; r++) {
                perItem[categories[r][t]]++;
            }
            for (int k = 0; k < perItem.length; k++) {
                int nk = perItem[k];
                if (nk != 0) {
                    agreeingOrderedPairs += (long) nk * (nk - 1);
                    totals[k] += nk;
                    perItem[k] = 0;
                }
            }
        }
        items += n;
    }

    public void addAll(CategoricalTally other) {
        for (int p = 0; p < confusion.length; p++) {
            for (int i = 0; i < confusion[p].length; i++) {
                for (int j = 0; j < confusion[p][i].length; j++) {
                    confusion[p][i][j] += other.confusion[p][i][j];
                }
            }
        }
        for (int k = 0; k < totals.length; k++) {
            totals[k] += other.totals[k];
        }
        items += other.items;
        agreeingOrderedPairs += other.agreeingOrderedPairs;
    }

    public long items() {
        return items;
    }

    public TokenLevel measures() {
        Map<String, Score> percent = new LinkedHashMap<>();
        Map<String, Score> cohen = new LinkedHashMap<>();
        Map<String, ConfusionMatrix> matrices = new LinkedHashMap<>();
        List<String> categoryNames = new ArrayList<>();
        for (int k = 0; k < labels.categoryCount(); k++) {
            categoryNames.add(labels.categoryName(k));
        }
        for (int p = 0; p < pairs.size(); p++) {
            String key = pairs.get(p).key();
            percent.put(key, percentAgreement(confusion[p]));
            cohen.put(key, cohenKappa(confusion[p]));
            matrices.put(key, new ConfusionMatrix(List.copyOf(categoryNames), copy(confusion[p])));
        }
        return new TokenLevel(items, meanOverPairs(percent), percent, cohen, meanOverPairs(cohen), fleissKappa(),
                krippendorffAlphaNominal(), matrices);
    }

    private Score percentAgreement(long[][] m) {
        if (items == 0) {
            return Score.undefined("no tokens to compare");
        }
        long agree = 0;
        for (int k = 0; k < m.length; k++) {
            agree += m[k][k];
        }
        return Score.of((double) agree / items);
    }

    /** Cohen (1960): (N·agree − Σ row·col) / (N² − Σ row·col), exact integers until the last division. */
    private Score cohenKappa(long[][] m) {
        if (items == 0) {
            return Score.undefined("no tokens to compare");
        }
        long agree = 0;
        long chance = 0;
        int only = -1;
        for (int k = 0; k < m.length; k++) {
            agree += m[k][k];
            long row = 0;
            long column = 0;
            for (int j = 0; j < m.length; j++) {
                row += m[k][j];
                column += m[j][k];
            }
            chance += row * column;
            if (row == items && column == items) {
                only = k;
            }
        }
        double denominator = (double) items * items - chance;
        if (only >= 0) {
            return Score.undefined("both annotators gave every token the same category (" + labels.categoryName(only)
                    + "), so chance agreement is 1 and kappa is 0/0");
        }
        return Score.of(((double) items * agree - chance) / denominator);
    }

    /** Fleiss (1971) kappa, i.e. multi-pi: observed pairwise agreement vs. squared pooled proportions. */
    private Score fleissKappa() {
        Score degenerate = degenerate();
        if (degenerate != null) {
            return degenerate;
        }
        double n = (double) items * raters;
        double observed = observedAgreement();
        double expected = 0;
        for (long total : totals) {
            double p = total / n;
            expected += p * p;
        }
        return Score.of((observed - expected) / (1 - expected));
    }

    /** Krippendorff's alpha, nominal, every token a unit coded by every annotator (no missing values). */
    private Score krippendorffAlphaNominal() {
        Score degenerate = degenerate();
        if (degenerate != null) {
            return degenerate;
        }
        double n = (double) items * raters;
        double observed = observedAgreement();
        double expectedPairs = 0;
        for (long total : totals) {
            expectedPairs += (double) total * (total - 1);
        }
        double expected = expectedPairs / (n * (n - 1));
        return Score.of((observed - expected) / (1 - expected));
    }

    /** Share of agreeing ordered pairs of annotators over all tokens: Fleiss' P_o, Krippendorff's A_o. */
    private double observedAgreement() {
        return agreeingOrderedPairs / ((double) items * raters * (raters - 1));
    }

    private Score degenerate() {
        if (raters < 2) {
            return Score.undefined("needs at least two annotators");
        }
        if (items == 0) {
            return Score.undefined("no tokens to compare");
        }
        for (int k = 0; k < totals.length; k++) {
            if (totals[k] == items * raters) {
                return Score.undefined("every token got the same category (" + labels.categoryName(k)
                        + ") from every annotator, so expected agreement is 1 and the measure is 0/0");
            }
        }
        return null;
    }

    private static Score meanOverPairs(Map<String, Score> byPair) {
        if (byPair.isEmpty()) {
            return Score.undefined("needs at least two annotators");
        }
        double sum = 0;
        for (Map.Entry<String, Score> e : byPair.entrySet()) {
            if (!e.getValue().isDefined()) {
                return Score.undefined("undefined for pair " + e.getKey() + ": " + e.getValue().undefinedReason());
            }
            sum += e.getValue().value();
        }
        return Score.of(sum / byPair.size());
    }

    private static long[][] copy(long[][] m) {
        long[][] c = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
