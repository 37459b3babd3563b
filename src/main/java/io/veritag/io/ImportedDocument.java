package io.veritag.io;

import java.nio.file.Path;

/** A document read from a file, with where it came from for error messages (line 0: the whole file). */
public record ImportedDocument(AnnotatedDocument document, Path file, int line, int ignoredAnnotations) {
    public String where() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
