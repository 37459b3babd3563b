package io.veritag.agreement;

import io.veritag.service.agreement.report.CsvReportWriter;
import io.veritag.service.agreement.report.JsonReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Every number of a report as text, for comparing two reports bit for bit: the json report (each double as
 * {@link Double#toString}, which tells every two doubles apart) and the csv report (which adds each undefined
 * value's reason). AssertJ's recursive comparison takes minutes on a report of a few dozen articles.
 */
public final class ReportText {
    private ReportText() {
    }

    public static String of(AgreementReport report) {
        StringWriter out = new StringWriter();
        try {
            new JsonReportWriter().write(report, out);
            out.write("\n");
            new CsvReportWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
