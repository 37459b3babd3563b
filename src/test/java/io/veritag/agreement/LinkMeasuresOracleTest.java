package io.veritag.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link measures of the report against a slow oracle written from their definition (README, "Links, sources
 * and flags"): span pairs found by trying every pair, links compared through a set, kappa from proportions.
 * Random corpora with crossing links, links to spans the other annotator lacks, duplicates, lists out of order,
 * no links, no flags, emoji ({@link RandomLinkCorpus}); every pair, pooled and per article.
 */
class LinkMeasuresOracleTest {
    private static final Comparator<Double> CLOSE = (x, y) -> Math.abs(x - y) <= 1e-12 ? 0 : Double.compare(x, y);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void theReportGivesTheOraclesLinkMeasures(int seed) {
        Random random = new Random(seed);
        int raters = 2 + seed % 3;
        boolean sourcesAsLabel = seed % 2 == 0;
        List<String> annotators = RandomCorpus.annotators(raters);
        List<ArticleAnnotations> articles = RandomLinkCorpus.articles(random, 60, raters, sourcesAsLabel);
        AgreementReport report = AgreementCalculator.compute(new AgreementInput(annotators,
                new LabelSet(sourcesAsLabel ? RandomLinkCorpus.LABELS_WITH_SOURCE : RandomLinkCorpus.LABELS), articles));

        Map<String, Counts> pooled = new LinkedHashMap<>();
        for (int k = 0; k < articles.size(); k++) {
            ArticleAnnotations article = articles.get(k);
            for (AnnotatorPair pair : AgreementCalculator.pairs(annotators)) {
                Counts counts = Counts.of(article, pair.firstIndex(), pair.secondIndex());
                pooled.computeIfAbsent(pair.arrowKey(), key -> new Counts()).add(counts);
                assertThat(report.perArticle().get(k).linkLevel().get(pair.arrowKey()))
                        .as("article %d, %s", article.articleId(), pair.arrowKey())
                        .usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                        .isEqualTo(counts.scores());
            }
        }
        // the corpus reaches the cases that matter: links agreeing exactly, more by overlap, source types compared
        Counts all = new Counts();
        pooled.values().forEach(all::add);
        assertThat(java.util.Arrays.stream(all.matches[0]).sum()).isPositive();
        assertThat(java.util.Arrays.stream(all.matches[1]).sum()).isGreaterThan(java.util.Arrays.stream(all.matches[0]).sum());
        assertThat(java.util.Arrays.stream(all.sourceTypes[1]).flatMapToLong(java.util.Arrays::stream).sum()).isPositive();
        assertThat(report.linkLevel().keySet()).containsExactlyElementsOf(pooled.keySet());
        pooled.forEach((key, counts) -> assertThat(report.linkLevel().get(key)).as("pooled %s", key)
                .usingRecursiveComparison().withComparatorForType(CLOSE, Double.class).isEqualTo(counts.scores()));
    }

    /** The oracle's counts for one ordered pair, exact ([0]) and overlap ([1]). */
    private static final class Counts {
        final long[][] referenceLinks = new long[2][LinkType.values().length];
        final long[][] otherLinks = new long[2][LinkType.values().length];
        final long[][] matches = new long[2][LinkType.values().length];
        final long[][][] sourceTypes = new long[2][SourceType.values().length][SourceType.values().length];
        final long[][][] unsure = new long[2][2][2];

        static Counts of(ArticleAnnotations article, int a, int b) {
            List<LabeledExtent> aSpans = article.spansByAnnotator().get(a);
            List<LabeledExtent> bSpans = article.spansByAnnotator().get(b);
            AnnotatorLinks aLinks = article.linksByAnnotator().get(a);
            AnnotatorLinks bLinks = article.linksByAnnotator().get(b);
            List<LabeledExtent> aAll = new ArrayList<>(aSpans);
            aAll.addAll(aLinks.sources());
            List<LabeledExtent> bAll = new ArrayList<>(bSpans);
            bAll.addAll(bLinks.sources());
            Counts counts = new Counts();
            for (int overlap = 0; overlap < 2; overlap++) {
                // label spans pair among themselves, sources among themselves
                int[] partner = join(pairing(aSpans, bSpans, overlap == 1),
                        pairing(aLinks.sources(), bLinks.sources(), overlap == 1), bSpans.size());
                Set<List<Object>> bLinkSet = new HashSet<>();
                for (ExtentLink link : bLinks.links()) {
                    bLinkSet.add(List.of(link.from(), link.to(), link.type()));
                    counts.otherLinks[overlap][link.type().ordinal()]++;
                }
                for (ExtentLink link : aLinks.links()) {
                    counts.referenceLinks[overlap][link.type().ordinal()]++;
                    int from = partner[link.from()];
                    int to = partner[link.to()];
                    if (from >= 0 && to >= 0 && bLinkSet.contains(List.of(from, to, link.type()))) {
                        counts.matches[overlap][link.type().ordinal()]++;
                    }
                }
                for (int i = 0; i < aAll.size(); i++) {
                    if (partner[i] < 0) {
                        continue;
                    }
                    SpanFlags fa = aLinks.flags().isEmpty() ? SpanFlags.NONE : aLinks.flags().get(i);
                    SpanFlags fb = bLinks.flags().isEmpty() ? SpanFlags.NONE : bLinks.flags().get(partner[i]);
                    counts.unsure[overlap][fa.unsure() ? 1 : 0][fb.unsure() ? 1 : 0]++;
                    if (fa.sourceType() != null && fb.sourceType() != null) {
                        counts.sourceTypes[overlap][fa.sourceType().ordinal()][fb.sourceType().ordinal()]++;
                    }
                }
            }
            return counts;
        }

        /**
         * Exact: the k-th of a's spans with some (start, end, label) pairs with the k-th of b's with the same, in
         * list order. Overlap adds, greedily, the unpaired same-label overlapping pairs: largest shared stretch
         * first, then the earlier span of a in list order, then b's span earlier in (start, end, label) order.
         */
        static int[] pairing(List<LabeledExtent> a, List<LabeledExtent> b, boolean overlap) {
            int[] partner = new int[a.size()];
            boolean[] taken = new boolean[b.size()];
            java.util.Arrays.fill(partner, -1);
            for (int i = 0; i < a.size(); i++) {
                for (int k = 0; k < b.size(); k++) {
                    if (!taken[k] && a.get(i).equals(b.get(k))) {
                        partner[i] = k;
                        taken[k] = true;
                        break;
                    }
                }
            }
            if (!overlap) {
                return partner;
            }
            List<Integer> bOrder = new ArrayList<>();
            for (int k = 0; k < b.size(); k++) {
                bOrder.add(k);
            }
            bOrder.sort(Comparator.comparingInt((Integer k) -> b.get(k).start()).thenComparingInt(k -> b.get(k).end())
                    .thenComparing(k -> b.get(k).label()).thenComparingInt(k -> k));
            List<int[]> candidates = new ArrayList<>(); // {shared, i, rank of b's span, k}
            for (int i = 0; i < a.size(); i++) {
                for (int rank = 0; rank < bOrder.size(); rank++) {
                    int k = bOrder.get(rank);
                    LabeledExtent x = a.get(i);
                    LabeledExtent y = b.get(k);
                    if (partner[i] < 0 && !taken[k] && x.label().equals(y.label()) && x.overlaps(y)) {
                        int shared = Math.min(x.end(), y.end()) - Math.max(x.start(), y.start());
                        candidates.add(new int[] {shared, i, rank, k});
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((int[] c) -> -c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]));
            for (int[] c : candidates) {
                if (partner[c[1]] < 0 && !taken[c[3]]) {
                    partner[c[1]] = c[3];
                    taken[c[3]] = true;
                }
            }
            return partner;
        }

        static int[] join(int[] spans, int[] sources, int otherSpans) {
            int[] all = new int[spans.length + sources.length];
            System.arraycopy(spans, 0, all, 0, spans.length);
            for (int k = 0; k < sources.length; k++) {
                all[spans.length + k] = sources[k] < 0 ? -1 : otherSpans + sources[k];
            }
            return all;
        }

        void add(Counts other) {
            for (int m = 0; m < 2; m++) {
                for (int t = 0; t < LinkType.values().length; t++) {
                    referenceLinks[m][t] += other.referenceLinks[m][t];
                    otherLinks[m][t] += other.otherLinks[m][t];
                    matches[m][t] += other.matches[m][t];
                }
                for (int x = 0; x < SourceType.values().length; x++) {
                    for (int y = 0; y < SourceType.values().length; y++) {
                        sourceTypes[m][x][y] += other.sourceTypes[m][x][y];
                    }
                }
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        unsure[m][x][y] += other.unsure[m][x][y];
                    }
                }
            }
        }

        LinkScores scores() {
            return new LinkScores(matched(0), matched(1));
        }

        private LinkScores.Matched matched(int m) {
            Map<String, PrecisionRecall> perType = new LinkedHashMap<>();
            long a = 0;
            long b = 0;
            long agreeing = 0;
            for (LinkType type : LinkType.values()) {
                int t = type.ordinal();
                perType.put(type.name(), prf(matches[m][t], referenceLinks[m][t], otherLinks[m][t]));
                a += referenceLinks[m][t];
                b += otherLinks[m][t];
                agreeing += matches[m][t];
            }
            return new LinkScores.Matched(prf(agreeing, a, b), perType,
                    categories(sourceTypes[m], SourceType.values().length, "no matched pair of source spans",
                            k -> SourceType.values()[k].name()),
                    categories(unsure[m], 2, "no matched pair of spans", k -> k == 0 ? "sure" : "unsure"));
        }

        private static PrecisionRecall prf(long agreeing, long a, long b) {
            return new PrecisionRecall(
                    b == 0 ? Score.undefined("the compared annotator has no links here") : Score.of((double) agreeing / b),
                    a == 0 ? Score.undefined("the reference annotator has no links here") : Score.of((double) agreeing / a),
                    a + b == 0 ? Score.undefined("neither annotator has links here") : Score.of(2.0 * agreeing / (a + b)));
        }

        /** Percent agreement and Cohen's kappa, (p_o − p_e) / (1 − p_e), from the table of pairs. */
        private static PairedCategories categories(long[][] table, int size, String nothingCompared,
                                                   java.util.function.IntFunction<String> name) {
            long n = 0;
            long agreeing = 0;
            for (int x = 0; x < size; x++) {
                agreeing += table[x][x];
                for (int y = 0; y < size; y++) {
                    n += table[x][y];
                }
            }
            if (n == 0) {
                return new PairedCategories(0, 0, Score.undefined(nothingCompared), Score.undefined(nothingCompared));
            }
            double observed = (double) agreeing / n;
            double chance = 0;
            for (int k = 0; k < size; k++) {
                long row = 0;
                long column = 0;
                for (int j = 0; j < size; j++) {
                    row += table[k][j];
                    column += table[j][k];
                }
                chance += ((double) row / n) * ((double) column / n);
            }
            Score kappa = Score.of(0); // replaced below unless chance agreement is 1
            for (int k = 0; k < size; k++) {
                if (table[k][k] == n) {
                    kappa = Score.undefined("both annotators chose " + name.apply(k)
                            + " for every matched pair, so chance agreement is 1 and kappa is 0/0");
                }
            }
            if (kappa.isDefined()) {
                kappa = Score.of((observed - chance) / (1 - chance));
            }
            return new PairedCategories(n, agreeing, Score.of(observed), kappa);
        }
    }
}
