package io.veritag.service.agreement.report;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report written while it is computed: {@link #article} takes each article's row (ascending id) as soon as it
 * is measured, {@link #finish} writes the whole report once the pooled figures are known, the same text as
 * {@link ReportWriter#write} of the report with all its rows. Every format puts the pooled figures first, so the
 * rows wait in a spool file (or, for the formats that sort them, as a few numbers each) until then; memory never
 * holds every row. {@link #close} deletes the spool, finished or not.
 */
public interface StreamingReport extends Closeable {
    void article(ArticleAgreement row) throws IOException;

    /** Writes the report: {@code pooled} has the pooled figures and the number of articles, its rows are ignored. */
    void finish(AgreementReport pooled, Writer out) throws IOException;

    /**
     * Writes the report into {@code file} (created or emptied first), UTF-8: the same bytes as {@link #finish} into
     * a file's writer, the spool copied by the file system rather than decoded and encoded again.
     */
    default void finish(AgreementReport pooled, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            finish(pooled, out);
        }
    }

    @Override
    void close() throws IOException;
}
