package io.veritag.cli;

import io.veritag.io.DatasetFormat;
import io.veritag.io.DatasetFormats;
import io.veritag.service.dataset.DatasetSplit;
import io.veritag.service.dataset.ExportRequest;
import io.veritag.service.dataset.ExportResult;
import io.veritag.service.dataset.ExportService;
import io.veritag.service.dataset.ExportLayer;
import io.veritag.service.Progress;
import io.veritag.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Export labeled data as a dataset folder (with manifest.json).")
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Annotator to export (repeatable; default: all).")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--gold", description = "Export the adjudicated gold layer (as annotator \"gold\") instead of annotators' layers.")
    boolean gold;

    @Option(names = "--all-status", description = "Export every article, not only those marked done.")
    boolean allStatuses;

    @Option(names = "--labels", split = ",", paramLabel = "LABEL", description = "Labels to keep (default: all).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST", description = "Split by article, e.g. 80/10/10.")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--spreadsheet-safe", description = "CSV for spreadsheets: cells beginning with =, +, -, @, tab or CR "
            + "get a leading ' so that they are shown, not run as formulas (default: exact values, for datasets).")
    boolean spreadsheetSafe;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (default: exports/<format>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Override
    public Integer call() {
        DatasetFormat datasetFormat = DatasetFormats.requireExportable(format);
        if (gold && !annotators.isEmpty()) {
            throw new IllegalArgumentException("--gold and --annotator cannot be combined: the gold layer is one layer of its own");
        }
        if (split == null && spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
            throw new IllegalArgumentException("--seed only applies with --split (e.g. --split 80/10/10 --seed 42)");
        }
        DatasetSplit datasetSplit = split == null ? null : DatasetSplit.parse(split, seed);
        try (Workspace workspace = parent.openWorkspace()) {
            ExportService service = workspace.exports();
            ExportLayer layer = gold ? ExportLayer.GOLD : ExportLayer.annotators(annotators);
            ExportResult result = service.export(new ExportRequest(datasetFormat, layer, allStatuses, labels, datasetSplit, out,
                    spreadsheetSafe),
                    Progress.NONE);
            print(spec.commandLine().getOut(), result, datasetSplit);
        }
        return 0;
    }

    /** The format names, from the one registry the window's Export dialog reads too. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DatasetFormats.exportable().stream().map(DatasetFormat::name).iterator();
        }
    }

    static void print(PrintWriter out, ExportResult result, DatasetSplit split) {
        List<String> lines = result.describe();
        out.println(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            out.println("  " + (split != null && line.startsWith("split: ") ? "split " + split + ": " + line.substring(7) : line));
        }
        out.flush();
    }
}
