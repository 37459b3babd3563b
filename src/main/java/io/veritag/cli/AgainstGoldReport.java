package io.veritag.cli;

import io.veritag.service.Progress;
import io.veritag.service.adjudication.GoldAgreementReport;
import io.veritag.service.adjudication.GoldAgreementService;
import io.veritag.service.adjudication.GoldAgreementWriter;
import io.veritag.service.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine;

/** {@code veritag agreement --against-gold}: each annotator's precision, recall and F1 against the gold layer. */
final class AgainstGoldReport {
    private AgainstGoldReport() {
    }

    static int run(VeritagCommand parent, CommandLine commandLine, List<String> annotators, String format, Path out)
            throws IOException {
        boolean json = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new IllegalArgumentException("with --against-gold the format is text or json, not '" + format + "'");
        };
        GoldAgreementReport report;
        try (Workspace workspace = parent.openWorkspace()) {
            report = workspace.goldAgreement().report(annotators, Progress.NONE);
        }
        if (out == null) {
            write(report, json, commandLine.getOut());
            return 0;
        }
        Path absolute = out.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".gold-agreement", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(report, json, writer);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        commandLine.getErr().println("wrote " + out);
        return 0;
    }

    private static void write(GoldAgreementReport report, boolean json, Writer writer) throws IOException {
        if (json) {
            GoldAgreementWriter.json(report, writer);
        } else {
            GoldAgreementWriter.text(report, writer);
        }
        writer.flush();
    }
}
