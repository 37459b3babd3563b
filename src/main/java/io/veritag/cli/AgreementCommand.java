package io.veritag.cli;

import io.veritag.agreement.AgreementReport;
import io.veritag.service.agreement.AgreementSelection;
import io.veritag.service.agreement.AgreementService;
import io.veritag.service.Progress;
import io.veritag.service.agreement.report.ReportFormat;
import io.veritag.service.agreement.report.StreamingReport;
import io.veritag.service.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code veritag agreement}: inter-annotator agreement as text, JSON, CSV or a self-contained HTML page. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-annotator agreement: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha "
                + "on tokens, alpha_u on characters, span precision/recall/F1; pooled and per article.",
                "Compares the articles every chosen annotator marked done. Undefined values are null (JSON), "
                        + "empty (CSV) or 'undefined — reason' (text)."})
public final class AgreementCommand implements Callable<Integer> {
    @ParentCommand
    VeritagCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--annotators", split = ",", paramLabel = "NAME",
            description = "Annotators to compare (default: everyone who has spans), e.g. --annotators anna,boris.")
    List<String> annotators = List.of();

    @Option(names = "--include-unfinished",
            description = "Also compare articles that some chosen annotators have started but not marked done.")
    boolean includeUnfinished;

    @Option(names = "--source", paramLabel = "S", description = "Only articles from this source.")
    String source;

    @Option(names = "--labels", split = ",", paramLabel = "LABEL",
            description = "Only spans with these labels, e.g. --labels CLAIM,DENIAL (default: all).")
    List<String> labels = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, csv or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--against-gold", description = "Instead: each annotator against the adjudicated gold layer (precision, recall, F1 per label; text or json).")
    boolean againstGold;

    @Option(names = "--spans", paramLabel = "ORIGIN", defaultValue = "all",
            description = "all, manual (leave accepted suggestions out: pre-annotation inflates agreement) or accepted "
                    + "(only accepted suggestions). Default: ${DEFAULT-VALUE}.")
    io.veritag.service.agreement.SpanOrigins spans;

    @Override
    public Integer call() throws IOException {
        if (againstGold) {
            return AgainstGoldReport.run(parent, spec.commandLine(), annotators, format, out);
        }
        ReportFormat reportFormat = ReportFormat.parse(format);
        AgreementSelection selection = new AgreementSelection(annotators, includeUnfinished, source, labels);
        if (out == null) {
            try (StreamingReport report = reportFormat.writer().streaming(Path.of(System.getProperty("java.io.tmpdir")))) {
                AgreementReport pooled = compute(selection, report);
                Writer writer = spec.commandLine().getOut();
                if (spans != io.veritag.service.agreement.SpanOrigins.ALL && "text".equalsIgnoreCase(format)) {
                    writer.write("Spans compared: " + spans.description() + System.lineSeparator());
                }
                report.finish(pooled, writer);
                writer.flush();
            }
        } else {
            // write beside the target, then move: a failed write never leaves half a report
            Path absolute = out.toAbsolutePath();
            Path temp = Files.createTempFile(absolute.getParent(), ".agreement", ".tmp");
            try (StreamingReport report = reportFormat.writer().streaming(absolute.getParent())) {
                AgreementReport pooled = compute(selection, report);
                report.finish(pooled, temp);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            spec.commandLine().getErr().println("wrote " + out);
        }
        return 0;
    }

    /**
     * The pooled report; each article's row goes to {@code report} as soon as it is computed (memory holds a
     * batch of articles, never every row). The database is closed before the report is written out.
     */
    private AgreementReport compute(AgreementSelection selection, StreamingReport report) throws IOException {
        try (Workspace workspace = parent.openWorkspace()) {
            return workspace.agreement().counting(spans).report(selection, Progress.NONE, row -> {
                try {
                    report.article(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
