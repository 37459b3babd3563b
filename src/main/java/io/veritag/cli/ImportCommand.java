package io.veritag.cli;

import io.veritag.service.ImportService;
import io.veritag.service.ImportSummary;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles from .txt, .jsonl, saved web pages (.html, .htm), .pdf, .docx and .odt files, and folders (recursively).",
                "Each file is imported whole or not at all; articles whose text is already stored are skipped.",
                "Exit code 0 if every file was imported, 1 if any failed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "article files (.txt, .jsonl, .html, .htm, .pdf, .docx, .odt), or folders")
    List<Path> paths = List.of();

    @Option(names = "--samples", description = "Import the bundled sample corpus (five Kherson articles, November 2022).")
    boolean samples;

    @Override
    public Integer call() {
        if (paths.isEmpty() && !samples) {
            throw new IllegalArgumentException("nothing to import: give files or folders, or --samples");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Workspace workspace = parent.openWorkspace()) {
            ImportService service = workspace.imports();
            if (samples) {
                failed += report(service.importSamples(Progress.NONE), out, err);
            }
            if (!paths.isEmpty()) {
                failed += report(service.importPaths(paths, Progress.NONE), out, err);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int report(ImportSummary summary, PrintWriter out, PrintWriter err) {
        summary.errors().forEach(error -> err.println("veritag: " + error));
        err.flush();
        out.println(summary.describe());
        summary.notices().forEach(notice -> out.println("  " + notice));
        out.flush();
        return summary.failed();
    }
}
