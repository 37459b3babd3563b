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
    private static final LinkType[] LINK_TYPES = LinkType.values();
    private static final int TYPES = LINK_TYPES.length;

    private final Side exact = new Side();
    private final Side overlap = new Side();

    /** The counts of one text. */
    public static LinkTally of(List<LabeledExtent> reference, AnnotatorLinks referenceLinks,
                               List<LabeledExtent> other, AnnotatorLinks otherLinks) {
        LinkTally tally = new LinkTally();
        // label spans and sources pair separately (a pair has one label), each list in database order
        int[][] spans = SpanPairing.both(reference, other);
        int[][] sources = SpanPairing.both(referenceLinks.sources(), otherLinks.sources());
        int otherSize = other.size() + otherLinks.sources().size();
        tally.exact.add(join(spans[0], sources[0], other.size()), referenceLinks, otherLinks, otherSize);
        tally.overlap.add(join(spans[1], sources[1], other.size()), referenceLinks, otherLinks, otherSize);
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
        final PairedCategories.Tally sourceTypes = new PairedCategories.Tally(SOURCE_TYPES);
        final PairedCategories.Tally unsure = new PairedCategories.Tally(UNSURE);

        void add(int[] partner, AnnotatorLinks a, AnnotatorLinks b, int otherSize) {
            long[] bLinks = new long[b.links().size()];
            for (int k = 0; k < bLinks.length; k++) {
                ExtentLink link = b.links().get(k);
                otherLinks[link.type().ordinal()]++;
                bLinks[k] = key(link.from(), link.to(), link.type(), otherSize);
            }
            Arrays.sort(bLinks);
            for (ExtentLink link : a.links()) {
                referenceLinks[link.type().ordinal()]++;
                int from = partner[link.from()];
                int to = partner[link.to()];
                if (from >= 0 && to >= 0 && Arrays.binarySearch(bLinks, key(from, to, link.type(), otherSize)) >= 0) {
                    matches[link.type().ordinal()]++;
                }
            }
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] < 0) {
                    continue;
                }
                SpanFlags fa = a.flags(i);
                SpanFlags fb = b.flags(partner[i]);
                unsure.add(fa.unsure() ? 1 : 0, fb.unsure() ? 1 : 0);
                if (fa.sourceType() != null && fb.sourceType() != null) {
                    sourceTypes.add(fa.sourceType().ordinal(), fb.sourceType().ordinal());
                }
            }
        }

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

        private static long key(int from, int to, LinkType type, int size) {
            return ((long) from * size + to) * TYPES + type.ordinal();
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
