package io.veritag.cli;

import io.veritag.io.DatasetFormats;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.AnnotationImportSummary;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-annotations",
        description = "Import annotations from Veritag jsonl, brat standoff, UIMA CAS XMI, Label Studio JSON or doccano "
                + "JSONL; each file is imported whole or not at all.")
public final class ImportAnnotationsCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, brat, xmi, labelstudio or doccano")
    String format;

    @Option(names = "--map", paramLabel = "NAME=LABEL[,...]",
            description = "xmi, labelstudio, doccano: the files' label names as Veritag labels, e.g. PER=SOURCE,CLAIM=CLAIM "
                    + "(SOURCE:EXPERT for a source type, NAME= to leave a label out)")
    List<String> map = new ArrayList<>();

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "xmi, labelstudio, doccano: whose annotations they are (default: the name the file gives)")
    String annotator;

    @Parameters(paramLabel = "PATH", description = "A file, or a folder (of .jsonl, .json or .xmi files, or brat .txt/.ann).")
    Path path;

    @Override
    public Integer call() {
        var datasetFormat = DatasetFormats.requireImportable(format);
        try (Workspace workspace = parent.openWorkspace()) {
            AnnotationImportSummary summary = workspace.annotationImports()
                    .importAnnotations(datasetFormat, path, map, annotator, Progress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            List<String> lines = summary.describe();
            out.println(lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> out.println("  " + line));
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            summary.errors().forEach(error -> err.println("veritag: " + error + " (nothing from this file was imported)"));
            err.flush();
            return summary.failed() ? 1 : 0;
        }
    }
}
