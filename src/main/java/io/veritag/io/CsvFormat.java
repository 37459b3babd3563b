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
 *
 * <p>Cells are exact by default (datasets feed models). A cell beginning with {@code = + - @}, tab or CR is
 * run as a formula by spreadsheets ({@code =HYPERLINK(…)} in a note): such cells are counted as a warning, and
 * with {@link ExportSettings#spreadsheetSafe()} they get a leading {@code '} (shown, not run) and are counted as
 * changed.
 */
public final class CsvFormat implements DatasetFormat {
    @Override
    public java.util.Set<AnnotationPart> cannotCarry() {
        return java.util.EnumSet.allOf(AnnotationPart.class);
    }

    static final String[] HEADER = {"article_id", "annotator", "label", "start", "end", "text", "note"};
    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder()
            .setHeader(HEADER)
            .setRecordSeparator("\r\n")
            .get();

    /** True when a spreadsheet would treat the cell as a formula (OWASP's list of leading characters). */
    static boolean looksLikeFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

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
        boolean safe = settings.spreadsheetSafe();
        return new DatasetWriter() {
            private boolean closed;
            private int formulaCells;

            @Override
            public void write(AnnotatedDocument document) throws IOException {
                ArticleData article = document.article();
                for (LabeledSpan span : document.spans()) {
                    CodePointSpan file = CodePointSpan.of(article, span);
                    printer.printRecord(cell(article.externalId()), cell(document.annotator()), cell(span.label()),
                            file.start(), file.end(), cell(file.text()), cell(span.note() == null ? "" : span.note()));
                }
            }

            private String cell(String value) {
                if (!looksLikeFormula(value)) {
                    return value;
                }
                formulaCells++;
                return safe ? "'" + value : value;
            }

            @Override
            public Map<Adjustment, Integer> finish() throws IOException {
                close();
                return safe && formulaCells > 0 ? Map.of(Adjustment.SPREADSHEET_CELLS_NEUTRALISED, formulaCells) : Map.of();
            }

            @Override
            public Map<ExportWarning, Integer> warnings() {
                return !safe && formulaCells > 0 ? Map.of(ExportWarning.FORMULA_CELLS, formulaCells) : Map.of();
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
