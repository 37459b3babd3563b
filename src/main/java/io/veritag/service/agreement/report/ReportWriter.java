package io.veritag.service.agreement.report;

import io.veritag.agreement.AgreementReport;
import java.io.IOException;
import java.io.Writer;

/** Writes an agreement report in one format. */
public interface ReportWriter {
    void write(AgreementReport report, Writer out) throws IOException;
}
