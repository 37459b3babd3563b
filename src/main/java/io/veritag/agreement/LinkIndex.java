package io.veritag.agreement;

import io.veritag.model.LinkType;
import java.util.List;

/**
 * One annotator's link data in one article in the form the link measures read it, built once per article and
 * shared by every pair the annotator is in: the source spans' (start, end, label) order, the links grouped by the
 * span they start from, the links per type, and the flags as plain arrays. Positions run over the label spans,
 * then the sources, as in {@link AnnotatorLinks}.
 */
final class LinkIndex {
    static final int TYPES = LinkType.values().length;

    final List<LabeledExtent> sources;
    final int[] sourceOrder;
    /** The links of position p are {@code linkTo[k], linkType[k]} for k from {@code firstLink[p]} to {@code firstLink[p + 1]}. */
    final int[] firstLink;
    final int[] linkTo;
    final int[] linkType;
    final long[] linksPerType = new long[TYPES];
    /** Per position: 1 if unsure, else 0. */
    final int[] unsure;
    /** Per position: the source type's ordinal, or -1 if none. */
    final int[] sourceType;

    private LinkIndex(int labelSpans, AnnotatorLinks links) {
        sources = links.sources();
        sourceOrder = SpanPairing.order(sources);
        int positions = labelSpans + sources.size();
        List<ExtentLink> all = links.links();
        firstLink = new int[positions + 1];
        for (ExtentLink link : all) {
            firstLink[link.from() + 1]++;
        }
        for (int p = 0; p < positions; p++) {
            firstLink[p + 1] += firstLink[p];
        }
        linkTo = new int[all.size()];
        linkType = new int[all.size()];
        int[] next = java.util.Arrays.copyOf(firstLink, positions);
        for (ExtentLink link : all) {
            int k = next[link.from()]++;
            linkTo[k] = link.to();
            int t = link.type().ordinal();
            linkType[k] = t;
            linksPerType[t]++;
        }
        unsure = new int[positions];
        sourceType = new int[positions];
        List<SpanFlags> flags = links.flags();
        for (int p = 0; p < positions; p++) {
            SpanFlags f = flags.isEmpty() ? SpanFlags.NONE : flags.get(p);
            unsure[p] = f.unsure() ? 1 : 0;
            sourceType[p] = f.sourceType() == null ? -1 : f.sourceType().ordinal();
        }
    }

    /** {@code labelSpans}: how many label spans the annotator has in the article (the sources' positions follow). */
    static LinkIndex of(int labelSpans, AnnotatorLinks links) {
        return new LinkIndex(labelSpans, links);
    }

    int positions() {
        return unsure.length;
    }

    /** Whether this annotator links position {@code from} to {@code to} with type ordinal {@code type}. */
    boolean links(int from, int to, int type) {
        for (int k = firstLink[from]; k < firstLink[from + 1]; k++) {
            if (linkTo[k] == to && linkType[k] == type) {
                return true;
            }
        }
        return false;
    }
}
