package io.veritag.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per span: article_id, annotator, label, start, end, text, note. RFC 4180: header row, fields
 * quoted when needed with quotes doubled, CRLF record ends, UTF-8 without BOM.
 */
public final class CsvFormat implements DatasetFormat {
    static final String[] HEADER = {"article_id", "annotator", "label", "start", "end", "text", "note"};
    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder()
            .setHeader(HEADER)
            .setRecordSeparator("\r\n")
            .get();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV (RFC 4180), one row per span: article_id, annotator, label, start, end, text, note";
    }

    @Override
    public DatasetWriter openWriter(ExportFolder folder, String part, ExportSettings settings) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(SingleFile.create(folder, part, "csv"), StandardCharsets.UTF_8),
                RFC_4180);
        return new DatasetWriter() {
            private boolean closed;

            @Override
            public void write(AnnotatedDocument document) throws IOException {
                ArticleData article = document.article();
                for (LabeledSpan span : document.spans()) {
                    CodePointSpan file = CodePointSpan.of(article, span);
                    printer.printRecord(article.externalId(), document.annotator(), span.label(), file.start(),
                            file.end(), file.text(), span.note() == null ? "" : span.note());
                }
            }

            @Override
            public Map<Adjustment, Integer> finish() throws IOException {
                close();
                return Map.of();
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    printer.close(true);
                }
            }
        };
    }
}
