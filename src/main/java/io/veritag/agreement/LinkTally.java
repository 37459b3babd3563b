package io.veritag.agreement;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private static final LinkType[] LINK_TYPES = LinkType.values();
    private static final int TYPES = LINK_TYPES.length;

    private final Side exact = new Side();
    private final Side overlap = new Side();

    /** The counts of one text. */
    public static LinkTally of(List<LabeledExtent> reference, AnnotatorLinks referenceLinks,
                               List<LabeledExtent> other, AnnotatorLinks otherLinks) {
        return of(SpanPairing.Exact.of(reference, other), referenceLinks, otherLinks);
    }

    /**
     * The counts of one text, given the exact pairing of the label spans that the span measures computed; the
     * overlap pairing grows from a copy of it.
     */
    static LinkTally of(SpanPairing.Exact spans, AnnotatorLinks referenceLinks, AnnotatorLinks otherLinks) {
        LinkTally tally = new LinkTally();
        List<LabeledExtent> other = spans.other();
        int[] exactSpans = spans.partner();
        // label spans and sources pair separately (a pair has one label), each list in database order
        int[] overlapSpans = spans.overlap();
        int[][] sources = SpanPairing.both(referenceLinks.sources(), otherLinks.sources());
        int otherSize = other.size() + otherLinks.sources().size();
        // the other's links, indexed once for both pairings: sorted keys (from, to, type), counts per type
        List<ExtentLink> links = otherLinks.links();
        long[] otherKeys = new long[links.size()];
        long[] otherPerType = new long[TYPES];
        for (int k = 0; k < otherKeys.length; k++) {
            ExtentLink link = links.get(k);
            otherPerType[link.type().ordinal()]++;
            otherKeys[k] = key(link.from(), link.to(), link.type(), otherSize);
        }
        Arrays.sort(otherKeys);
        int[] exact = join(exactSpans, sources[0], other.size());
        int[] overlap = join(overlapSpans, sources[1], other.size());
        for (int t = 0; t < TYPES; t++) {
            tally.exact.otherLinks[t] += otherPerType[t];
            tally.overlap.otherLinks[t] += otherPerType[t];
        }
        // one pass serves both pairings: the overlap pairing keeps every exact pair, so a link (or span) whose
        // ends are paired exactly counts the same way in both, and only the rest needs the overlap partners
        for (ExtentLink link : referenceLinks.links()) {
            int t = link.type().ordinal();
            tally.exact.referenceLinks[t]++;
            tally.overlap.referenceLinks[t]++;
            int from = exact[link.from()];
            int to = exact[link.to()];
            if (from >= 0 && to >= 0) {
                if (Arrays.binarySearch(otherKeys, key(from, to, link.type(), otherSize)) >= 0) {
                    tally.exact.matches[t]++;
                    tally.overlap.matches[t]++;
                }
            } else {
                from = overlap[link.from()];
                to = overlap[link.to()];
                if (from >= 0 && to >= 0 && Arrays.binarySearch(otherKeys, key(from, to, link.type(), otherSize)) >= 0) {
                    tally.overlap.matches[t]++;
                }
            }
        }
        for (int i = 0; i < overlap.length; i++) {
            int partner = overlap[i];
            if (partner < 0) {
                continue;
            }
            boolean alsoExact = exact[i] >= 0;
            SpanFlags fa = referenceLinks.flags(i);
            SpanFlags fb = otherLinks.flags(partner);
            int ua = fa.unsure() ? 1 : 0;
            int ub = fb.unsure() ? 1 : 0;
            tally.overlap.unsure.add(ua, ub);
            if (alsoExact) {
                tally.exact.unsure.add(ua, ub);
            }
            if (fa.sourceType() != null && fb.sourceType() != null) {
                int sa = fa.sourceType().ordinal();
                int sb = fb.sourceType().ordinal();
                tally.overlap.sourceTypes.add(sa, sb);
                if (alsoExact) {
                    tally.exact.sourceTypes.add(sa, sb);
                }
            }
        }
        return tally;
    }

    private static long key(int from, int to, LinkType type, int size) {
        return ((long) from * size + to) * TYPES + type.ordinal();
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
            Map<String, PrecisionRecall> perType = new LinkedHashMap<>();
            long a = 0;
            long b = 0;
            long m = 0;
            for (LinkType type : LINK_TYPES) {
                int t = type.ordinal();
                perType.put(type.name(), prf(matches[t], referenceLinks[t], otherLinks[t]));
                a += referenceLinks[t];
                b += otherLinks[t];
                m += matches[t];
            }
            return new LinkScores.Matched(prf(m, a, b), perType,
                    sourceTypes.scores("no matched pair of source spans"), unsure.scores("no matched pair of spans"));
        }
    }

    /** P = agreeing/|b|, R = agreeing/|a|, F1 = 2·agreeing/(|a|+|b|); undefined where a side has no links. */
    static PrecisionRecall prf(long matches, long a, long b) {
        return new PrecisionRecall(
                Score.ratio(matches, b, "the compared annotator has no links here"),
                Score.ratio(matches, a, "the reference annotator has no links here"),
                Score.ratio(2.0 * matches, a + b, "neither annotator has links here"));
    }
}
