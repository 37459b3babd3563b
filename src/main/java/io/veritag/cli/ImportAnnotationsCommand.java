package io.veritag.cli;

import io.veritag.io.DatasetFormats;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.service.Progress;
import io.veritag.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-annotations",
        description = "Import annotations from Veritag jsonl or brat standoff; each file is imported whole or not at all.")
public final class ImportAnnotationsCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or brat")
    String format;

    @Parameters(paramLabel = "PATH", description = "A .jsonl file, or a folder (of .jsonl files, or brat .txt/.ann).")
    Path path;

    @Override
    public Integer call() {
        var datasetFormat = DatasetFormats.requireImportable(format);
        try (Database database = parent.openDatabase()) {
            AnnotationImportSummary summary = new AnnotationImportService(database.store())
                    .importAnnotations(datasetFormat, path, Progress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %d file(s) from %s: %d documents, %d spans added (%d already present), %d articles created%n",
                    summary.filesImported(), path, summary.documents(), summary.spansAdded(), summary.spansAlreadyPresent(),
                    summary.articlesCreated());
            if (summary.ignoredAnnotations() > 0) {
                out.printf("  ignored %d brat annotations that are not text spans or notes (relations, events, attributes)%n",
                        summary.ignoredAnnotations());
            }
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            summary.errors().forEach(error -> err.println("veritag: " + error + " (nothing from this file was imported)"));
            err.flush();
            return summary.failed() ? 1 : 0;
        }
    }
}
