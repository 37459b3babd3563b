package io.veritag.agreement;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.Arrays;
import java.util.List;

/**
 * Counts behind the link measures of one ordered pair (reference a, other b), additive over texts. A link of a
 * agrees with a link of b when both its ends are paired (by the span pairing in use) with the ends of b's link,
 * in the same direction, and the two links have the same type.
 */
public final class LinkTally {
    static final List<String> SOURCE_TYPES = Arrays.stream(SourceType.values()).map(Enum::name).toList();
    static final List<String> UNSURE = List.of("sure", "unsure");
    private static final String[] SOURCE_TYPES_ALIKE = PairedCategories.Tally.everyoneChose(SOURCE_TYPES);
    private static final String[] UNSURE_ALIKE = PairedCategories.Tally.everyoneChose(UNSURE);
    private static final List<String> LINK_TYPE_NAMES = Arrays.stream(LinkType.values()).map(Enum::name).toList();
    private static final PairedCategories NO_SOURCE_PAIRS = PairedCategories.nothingCompared("no matched pair of source spans");
    private static final PairedCategories NO_SPAN_PAIRS = PairedCategories.nothingCompared("no matched pair of spans");
    private static final int TYPES = LinkIndex.TYPES;

    private final Side exact = new Side();
    private final Side overlap = new Side();

    /** The counts of one text. */
    public static LinkTally of(List<LabeledExtent> reference, AnnotatorLinks referenceLinks,
                               List<LabeledExtent> other, AnnotatorLinks otherLinks) {
        return of(SpanPairing.Exact.of(reference, other), LinkIndex.of(reference.size(), referenceLinks),
                LinkIndex.of(other.size(), otherLinks));
    }

    /**
     * The counts of one text, given the exact pairing of the label spans that the span measures computed (the
     * overlap pairing grows from a copy of it) and each annotator's link index, built once per article.
     */
    static LinkTally of(SpanPairing.Exact spans, LinkIndex reference, LinkIndex other) {
        LinkTally tally = new LinkTally();
        int otherSpans = spans.other().size();
        // label spans and sources pair separately (a pair has one label)
        SpanPairing.checkSize(reference.sources, other.sources);
        int[] exactSources = SpanPairing.exact(reference.sources, other.sources, reference.sourceOrder, other.sourceOrder);
        int[] exact = join(spans.partner(), exactSources, otherSpans);
        int[] overlap = join(spans.overlap(),
                SpanPairing.overlap(reference.sources, other.sources, other.sourceOrder, exactSources.clone()), otherSpans);
        for (int t = 0; t < TYPES; t++) {
            tally.exact.referenceLinks[t] = reference.linksPerType[t];
            tally.overlap.referenceLinks[t] = reference.linksPerType[t];
            tally.exact.otherLinks[t] = other.linksPerType[t];
            tally.overlap.otherLinks[t] = other.linksPerType[t];
        }
        // one pass serves both pairings: the overlap pairing keeps every exact pair, so a link (or span) whose
        // ends are paired exactly counts the same way in both, and only the rest needs the overlap partners
        for (int start = 0; start < reference.positions(); start++) {
            for (int k = reference.firstLink[start]; k < reference.firstLink[start + 1]; k++) {
                int end = reference.linkTo[k];
                int t = reference.linkType[k];
                int from = exact[start];
                int to = exact[end];
                if (from >= 0 && to >= 0) {
                    if (other.links(from, to, t)) {
                        tally.exact.matches[t]++;
                        tally.overlap.matches[t]++;
                    }
                } else {
                    from = overlap[start];
                    to = overlap[end];
                    if (from >= 0 && to >= 0 && other.links(from, to, t)) {
                        tally.overlap.matches[t]++;
                    }
                }
            }
        }
        for (int i = 0; i < overlap.length; i++) {
            int partner = overlap[i];
            if (partner < 0) {
                continue;
            }
            boolean alsoExact = exact[i] >= 0;
            int ua = reference.unsure[i];
            int ub = other.unsure[partner];
            tally.overlap.unsure.add(ua, ub);
            if (alsoExact) {
                tally.exact.unsure.add(ua, ub);
            }
            int sa = reference.sourceType[i];
            int sb = other.sourceType[partner];
            if (sa >= 0 && sb >= 0) {
                tally.overlap.sourceTypes.add(sa, sb);
                if (alsoExact) {
                    tally.exact.sourceTypes.add(sa, sb);
                }
            }
        }
        return tally;
    }

    /** Partners of the label spans, then of the sources (whose partners come after the other's label spans). */
    private static int[] join(int[] spans, int[] sources, int otherSpans) {
        if (sources.length == 0) {
            return spans;
        }
        int[] all = Arrays.copyOf(spans, spans.length + sources.length);
        for (int k = 0; k < sources.length; k++) {
            all[spans.length + k] = sources[k] < 0 ? -1 : otherSpans + sources[k];
        }
        return all;
    }

    public void addAll(LinkTally other) {
        exact.addAll(other.exact);
        overlap.addAll(other.overlap);
    }

    public LinkScores scores() {
        return new LinkScores(exact.scores(), overlap.scores());
    }

    private static final class Side {
        final long[] referenceLinks = new long[TYPES];
        final long[] otherLinks = new long[TYPES];
        final long[] matches = new long[TYPES];
        final PairedCategories.Tally sourceTypes = new PairedCategories.Tally(SOURCE_TYPES, SOURCE_TYPES_ALIKE);
        final PairedCategories.Tally unsure = new PairedCategories.Tally(UNSURE, UNSURE_ALIKE);

        void addAll(Side other) {
            for (int t = 0; t < TYPES; t++) {
                referenceLinks[t] += other.referenceLinks[t];
                otherLinks[t] += other.otherLinks[t];
                matches[t] += other.matches[t];
            }
            sourceTypes.addAll(other.sourceTypes);
            unsure.addAll(other.unsure);
        }

        LinkScores.Matched scores() {
            Object[] perType = new Object[TYPES];
            long a = 0;
            long b = 0;
            long m = 0;
            for (int t = 0; t < TYPES; t++) {
                perType[t] = prf(matches[t], referenceLinks[t], otherLinks[t]);
                a += referenceLinks[t];
                b += otherLinks[t];
                m += matches[t];
            }
            return new LinkScores.Matched(prf(m, a, b), new FixedOrderMap<>(LINK_TYPE_NAMES, perType),
                    sourceTypes.scores(NO_SOURCE_PAIRS), unsure.scores(NO_SPAN_PAIRS));
        }
    }

    // scores are immutable: the undefined ones, which every article without links of a type has, are shared
    private static final Score NO_OTHER_LINKS = Score.undefined("the compared annotator has no links here");
    private static final Score NO_REFERENCE_LINKS = Score.undefined("the reference annotator has no links here");
    private static final PrecisionRecall NO_LINKS = new PrecisionRecall(NO_OTHER_LINKS, NO_REFERENCE_LINKS,
            Score.undefined("neither annotator has links here"));

    /** P = agreeing/|b|, R = agreeing/|a|, F1 = 2·agreeing/(|a|+|b|); undefined where a side has no links. */
    static PrecisionRecall prf(long matches, long a, long b) {
        if (a == 0 && b == 0) {
            return NO_LINKS;
        }
        return new PrecisionRecall(
                b == 0 ? NO_OTHER_LINKS : Score.of((double) matches / b),
                a == 0 ? NO_REFERENCE_LINKS : Score.of((double) matches / a),
                Score.of(2.0 * matches / (a + b)));
    }
}
