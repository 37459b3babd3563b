package io.veritag.io;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * UIMA CAS XMI, the interchange of INCEpTION and DKPro Core: {@code typesystem.xml} (see {@link XmiTypes}) and a
 * folder per annotator of {@code <article>.xmi}. Offsets are UTF-16 code units, which is what XMI means by them.
 */
public final class XmiFormat implements DatasetFormat {
    @Override
    public String name() {
        return "xmi";
    }

    @Override
    public String description() {
        return "UIMA CAS XMI (INCEpTION, DKPro Core): typesystem.xml and a folder per annotator of .xmi; re-importable";
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) {
        return new XmiWriter(folder, part);
    }

    @Override
    public Set<AnnotationPart> cannotCarry() {
        return EnumSet.noneOf(AnnotationPart.class); // links as Link annotations, flags and source types as features
    }

    @Override
    public Optional<DatasetReader> reader() {
        return Optional.of(new XmiReader());
    }
}
