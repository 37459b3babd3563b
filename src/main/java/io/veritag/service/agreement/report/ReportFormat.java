package io.veritag.service.agreement.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats: the one list the command line's --format and the window's export read. */
public enum ReportFormat {
    TEXT("txt", new TextReportWriter()),
    JSON("json", new JsonReportWriter()),
    CSV("csv", new CsvReportWriter()),
    HTML("html", new HtmlReportWriter());

    private final String extension;
    private final ReportWriter writer;

    ReportFormat(String extension, ReportWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    public ReportWriter writer() {
        return writer;
    }

    public static ReportFormat parse(String value) {
        for (ReportFormat format : values()) {
            if (format.key().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "' (expected "
                + Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining(", ")) + ")");
    }
}
