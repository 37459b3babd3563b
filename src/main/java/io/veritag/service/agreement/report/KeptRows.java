package io.veritag.service.agreement.report;

import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.ArticleAgreement;
import io.veritag.agreement.TokenLevel;
import io.veritag.agreement.Unitizing;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For the formats that list the articles sorted (worst first: text and HTML): each row is kept with only what
 * those lists show (id, title, tokens, alpha_u, token alpha, mean kappa, percent agreement; a few hundred bytes,
 * not the row's maps), and the format's own writer writes the report with these rows at the end.
 */
final class KeptRows implements StreamingReport {
    private final ReportWriter writer;
    private final List<ArticleAgreement> rows = new ArrayList<>();

    KeptRows(ReportWriter writer) {
        this.writer = writer;
    }

    @Override
    public void article(ArticleAgreement row) {
        TokenLevel t = row.tokenLevel();
        rows.add(new ArticleAgreement(row.articleId(), row.title(),
                new TokenLevel(t.tokens(), t.percentAgreement(), Map.of(), Map.of(), t.cohenKappaMeanPairwise(),
                        t.fleissKappa(), t.krippendorffAlphaNominal(), Map.of()),
                new Unitizing(row.unitizing().alphaUOverall(), Map.of()), Map.of(), Map.of()));
    }

    @Override
    public void finish(AgreementReport pooled, Writer out) throws IOException {
        writer.write(new AgreementReport(pooled.annotators(), pooled.labels(), pooled.articles(), pooled.tokenLevel(),
                pooled.unitizing(), pooled.spanLevel(), rows, pooled.linkLevel()), out);
    }

    @Override
    public void close() {
        rows.clear();
    }
}
