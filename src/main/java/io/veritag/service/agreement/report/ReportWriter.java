package io.veritag.service.agreement.report;

import io.veritag.agreement.AgreementReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Writes an agreement report in one format. */
public interface ReportWriter {
    void write(AgreementReport report, Writer out) throws IOException;

    /**
     * The same report written while it is computed, one article's row at a time; a spool file, if the format
     * needs one, goes into {@code spoolFolder}.
     */
    default StreamingReport streaming(Path spoolFolder) throws IOException {
        return new KeptRows(this);
    }
}
