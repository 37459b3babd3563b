package io.veritag.service.agreement.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.ArticleAnnotations;
import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool of a streamed report: where it cannot be made, and a report with no rows written to a file. */
class StreamingReportTest {
    @TempDir
    Path dir;

    private static AgreementReport report(int articles) {
        List<ArticleAnnotations> input = new java.util.ArrayList<>();
        for (int a = 1; a <= articles; a++) {
            input.add(new ArticleAnnotations(a, "Article " + a + " 😀", "The mayor said 😀 it was denied.",
                    List.of(List.of(new LabeledExtent(4, 9, "CLAIM")), List.of(new LabeledExtent(4, 14, "CLAIM")))));
        }
        return AgreementCalculator.compute(new AgreementInput(List.of("anna", "boris"), new LabelSet(List.of("CLAIM",
                "DENIAL")), input));
    }

    private static AgreementReport pooled(AgreementReport whole) {
        return new AgreementReport(whole.annotators(), whole.labels(), whole.articles(), whole.tokenLevel(),
                whole.unitizing(), whole.spanLevel(), List.of(), whole.linkLevel());
    }

    @Test
    void aFolderWhereTheSpoolCannotBeMadeIsOneClearErrorWhenTheRowsAreWritten() throws Exception {
        AgreementReport whole = report(3);
        Path missing = dir.resolve("missing");
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV)) {
            try (StreamingReport streamed = format.writer().streaming(missing)) { // nothing made yet
                for (ArticleAgreement row : whole.perArticle()) {
                    streamed.article(row);
                }
                assertThatThrownBy(() -> streamed.finish(pooled(whole), new StringWriter())).as(format.key())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("cannot keep the report's rows in a temporary file in " + missing);
            }
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void everyFormatWrittenToAFileIsTheWholeReportsTextWithRowsAndWithout() throws Exception {
        for (int articles : new int[] {0, 1, 3}) {
            AgreementReport whole = report(articles);
            for (ReportFormat format : ReportFormat.values()) {
                StringWriter expected = new StringWriter();
                format.writer().write(whole, expected);
                Path file = dir.resolve(articles + "." + format.extension());
                try (StreamingReport streamed = format.writer().streaming(dir)) {
                    for (ArticleAgreement row : whole.perArticle()) {
                        streamed.article(row);
                    }
                    streamed.finish(pooled(whole), file);
                }

                assertThat(Files.readString(file)).as(format.key() + ", " + articles + " articles")
                        .isEqualTo(expected.toString());
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".agreement-rows"));
        }
    }
}
