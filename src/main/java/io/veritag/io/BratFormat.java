package io.veritag.io;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * brat standoff: a folder per annotator holding {@code <article>.txt} and {@code <article>.ann} ({@code T} lines,
 * links as relations {@code R1	Denies Arg1:T3 Arg2:T1}, the unsure flag and source types as attributes
 * {@code A1	Unsure T4}, {@code A2	SourceType T5 MILITARY}, notes as {@code AnnotatorNotes}) and an
 * {@code annotation.conf} declaring the labels, relations and attributes. A span across a line break
 * is written as fragments ({@code T1	CLAIM 12 20;21 30	…}), because the text column cannot hold a newline.
 */
public final class BratFormat implements DatasetFormat {
    static final String CONF = "annotation.conf";

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: a folder per annotator with .txt + .ann and annotation.conf; re-importable";
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) {
        return new BratWriter(folder, part == null ? "" : part + "/", settings.labels());
    }

    @Override
    public Set<AnnotationPart> cannotCarry() {
        return EnumSet.noneOf(AnnotationPart.class); // links as relations, flags and source types as attributes
    }

    @Override
    public Optional<DatasetReader> reader() {
        return Optional.of(new BratReader());
    }
}
