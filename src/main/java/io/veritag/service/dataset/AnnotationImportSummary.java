package io.veritag.service.dataset;

import io.veritag.model.Counted;
import java.util.ArrayList;
import java.util.List;

/**
 * What an annotation import did. Each file is imported whole or not at all; {@code errors} has one line per
 * file that was refused ({@code file:line: problem}).
 */
public record AnnotationImportSummary(int filesImported, int documents, int articlesCreated, int spansAdded,
                                      int spansAlreadyPresent, int linksAdded, int linksAlreadyPresent,
                                      int ignoredAnnotations, List<String> errors) {
    public AnnotationImportSummary {
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** What was imported, as the command line and the window show it, one fact per line (errors not included). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + Counted.of(filesImported, "file") + ": " + Counted.of(documents, "document") + ", "
                + Counted.of(spansAdded, "span") + " added (" + spansAlreadyPresent + " already present), "
                + Counted.of(articlesCreated, "article") + " created");
        if (linksAdded > 0 || linksAlreadyPresent > 0) {
            lines.add(Counted.of(linksAdded, "link") + " added (" + linksAlreadyPresent + " already present)");
        }
        if (ignoredAnnotations > 0) {
            lines.add("ignored " + Counted.of(ignoredAnnotations, "annotation")
                    + " that Veritag does not use (brat events and other lines, other tools' types, labels left out by --map)");
        }
        return lines;
    }
}
