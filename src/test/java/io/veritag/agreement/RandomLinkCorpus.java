package io.veritag.agreement;

import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.TextOffsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random articles with links for the link measures' cross-checks, made to hit their edge cases: annotators who
 * copy a shared set of spans with misses, shifted boundaries and other labels (so that exact and overlap pairs
 * both occur), spans of one label that overlap each other and exact duplicates, lists out of (start, end, label)
 * order, labels that are equal but not the same string, source spans kept apart or compared as a label, links
 * that cross, point at spans the other annotator lacks or repeat, annotators with no links, no flags or nothing
 * at all, and texts with emoji and combining marks (offsets in UTF-16, on code point boundaries).
 */
final class RandomLinkCorpus {
    static final List<String> LABELS = List.of("CLAIM", "DENIAL", "SPECULATION");
    static final List<String> LABELS_WITH_SOURCE = List.of("CLAIM", "DENIAL", "SPECULATION", "SOURCE");
    private static final LinkType[] LINK_TYPES = LinkType.values();
    private static final SourceType[] SOURCE_TYPES = SourceType.values();

    private RandomLinkCorpus() {
    }

    /**
     * {@code sourcesAsLabel}: the sources are label spans labeled SOURCE (compare with
     * {@link #LABELS_WITH_SOURCE}) instead of a separate list.
     */
    static List<ArticleAnnotations> articles(Random random, int articles, int raters, boolean sourcesAsLabel) {
        List<ArticleAnnotations> result = new ArrayList<>();
        long id = 0;
        for (int a = 0; a < articles; a++) {
            id += 1 + random.nextInt(3);
            String text = RandomCorpus.text(random) + RandomCorpus.text(random);
            TextOffsets offsets = TextOffsets.of(text);
            List<LabeledExtent> shared = randomSpans(random, offsets, 1 + random.nextInt(12), LABELS);
            shared.addAll(randomSpans(random, offsets, random.nextInt(5), List.of("SOURCE")));
            List<ExtentLink> sharedLinks = links(random, shared.size());
            List<List<LabeledExtent>> spans = new ArrayList<>();
            List<AnnotatorLinks> links = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                annotate(random, offsets, shared, sharedLinks, sourcesAsLabel, spans, links);
            }
            result.add(new ArticleAnnotations(id, "article " + id, text, spans, links));
        }
        return result;
    }

    /** A span of one annotator and the shared span it copies (-1: one of its own). */
    private record Copied(LabeledExtent span, int shared) {
    }

    /**
     * One annotator's version of the shared spans (some missed, shifted, relabeled or doubled, a few extra) and of
     * the shared links between them (some missed or retyped, a few extra).
     */
    private static void annotate(Random random, TextOffsets offsets, List<LabeledExtent> shared,
                                 List<ExtentLink> sharedLinks, boolean sourcesAsLabel,
                                 List<List<LabeledExtent>> allSpans, List<AnnotatorLinks> allLinks) {
        List<Copied> labelSpans = new ArrayList<>();
        List<Copied> sources = new ArrayList<>();
        if (random.nextInt(8) != 0) { // else: marked nothing here
            for (int k = 0; k < shared.size(); k++) {
                LabeledExtent span = shared.get(k);
                boolean source = span.label().equals("SOURCE");
                List<Copied> into = source && !sourcesAsLabel ? sources : labelSpans;
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue;
                }
                int start = offsets.toCodePoint(span.start());
                int end = offsets.toCodePoint(span.end());
                if (roll <= 2) {
                    start = Math.min(offsets.codePointLength() - 1, Math.max(0, start - 2 + random.nextInt(5)));
                    end = Math.min(offsets.codePointLength(), Math.max(start + 1, end - 2 + random.nextInt(5)));
                }
                String label = roll == 3 && !source ? LABELS.get(random.nextInt(LABELS.size())) : span.label();
                // an equal label that is another string, as labels read from a database are
                LabeledExtent copy = new LabeledExtent(offsets.toUtf16(start), offsets.toUtf16(end), new String(label));
                into.add(new Copied(copy, k));
                if (random.nextInt(25) == 0) {
                    into.add(new Copied(copy, -1)); // an exact duplicate
                }
            }
            randomSpans(random, offsets, random.nextInt(3), LABELS).forEach(s -> labelSpans.add(new Copied(s, -1)));
        }
        if (random.nextInt(3) == 0) {
            Collections.shuffle(labelSpans, random);
            Collections.shuffle(sources, random);
        }
        int[] position = new int[shared.size()];
        java.util.Arrays.fill(position, -1);
        List<LabeledExtent> spans = new ArrayList<>();
        List<LabeledExtent> sourceSpans = new ArrayList<>();
        for (Copied c : labelSpans) {
            if (c.shared() >= 0) {
                position[c.shared()] = spans.size();
            }
            spans.add(c.span());
        }
        for (Copied c : sources) {
            if (c.shared() >= 0) {
                position[c.shared()] = spans.size() + sourceSpans.size();
            }
            sourceSpans.add(c.span());
        }
        int positions = spans.size() + sourceSpans.size();
        List<ExtentLink> links = new ArrayList<>();
        if (random.nextInt(6) != 0) { // else: no links at all
            for (ExtentLink link : sharedLinks) {
                int from = position[link.from()];
                int to = position[link.to()];
                if (from >= 0 && to >= 0 && random.nextInt(8) != 0) {
                    LinkType type = random.nextInt(10) == 0 ? LINK_TYPES[random.nextInt(LINK_TYPES.length)] : link.type();
                    links.add(new ExtentLink(from, to, type));
                }
            }
            List<ExtentLink> extra = links(random, positions);
            links.addAll(extra.subList(0, Math.min(extra.size(), 2)));
        }
        allSpans.add(spans);
        allLinks.add(new AnnotatorLinks(sourceSpans, flags(random, positions), links));
    }

    private static List<LabeledExtent> randomSpans(Random random, TextOffsets offsets, int wanted, List<String> labels) {
        List<LabeledExtent> spans = new ArrayList<>();
        int length = offsets.codePointLength();
        for (int k = 0; k < wanted; k++) {
            int a = random.nextInt(length);
            int b = a + 1 + random.nextInt(Math.min(20, length - a));
            spans.add(new LabeledExtent(offsets.toUtf16(a), offsets.toUtf16(b), labels.get(random.nextInt(labels.size()))));
        }
        return spans;
    }

    private static List<SpanFlags> flags(Random random, int positions) {
        List<SpanFlags> flags = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            return flags; // every span sure, no source types
        }
        for (int k = 0; k < positions; k++) {
            SourceType type = random.nextInt(3) == 0 ? null : SOURCE_TYPES[random.nextInt(random.nextBoolean() ? 2 : SOURCE_TYPES.length)];
            flags.add(new SpanFlags(type, random.nextInt(4) == 0));
        }
        return flags;
    }

    /** Links between random positions (crossing freely), now and then one twice; none for some annotators. */
    private static List<ExtentLink> links(Random random, int positions) {
        List<ExtentLink> links = new ArrayList<>();
        if (positions < 2 || random.nextInt(6) == 0) {
            return links;
        }
        int wanted = random.nextInt(2 * positions);
        for (int k = 0; k < wanted; k++) {
            int from = random.nextInt(positions);
            int to = random.nextInt(positions - 1);
            if (to >= from) {
                to++;
            }
            ExtentLink link = new ExtentLink(from, to, LINK_TYPES[random.nextInt(LINK_TYPES.length)]);
            links.add(link);
            if (random.nextInt(30) == 0) {
                links.add(link);
            }
        }
        return links;
    }
}
