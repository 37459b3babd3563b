package io.veritag.agreement;

import java.util.List;

/**
 * One annotator's link data in one article. {@code sources} are source spans that are not among the compared
 * label spans (the source layer takes no part in token and span measures, only in links). Positions in
 * {@code links} and {@code flags} run over that annotator's label spans, then these sources. {@code flags} is
 * parallel to those positions, or empty (every span sure and without a source type).
 */
public record AnnotatorLinks(List<LabeledExtent> sources, List<SpanFlags> flags, List<ExtentLink> links) {
    public static final AnnotatorLinks NONE = new AnnotatorLinks(List.of(), List.of(), List.of());

    public AnnotatorLinks {
        sources = List.copyOf(sources);
        flags = List.copyOf(flags);
        links = List.copyOf(links);
    }

    /** Links among the label spans only, no separate sources. */
    public AnnotatorLinks(List<SpanFlags> flags, List<ExtentLink> links) {
        this(List.of(), flags, links);
    }
}
