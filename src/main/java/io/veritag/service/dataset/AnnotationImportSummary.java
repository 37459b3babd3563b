package io.veritag.service.dataset;

import java.util.List;

/**
 * What an annotation import did. Each file is imported whole or not at all; {@code errors} has one line per
 * file that was refused ({@code file:line: problem}).
 */
public record AnnotationImportSummary(int filesImported, int documents, int articlesCreated, int spansAdded,
                                      int spansAlreadyPresent, int ignoredAnnotations, List<String> errors) {
    public AnnotationImportSummary {
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }
}
