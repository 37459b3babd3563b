package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.AgainstGold;
import java.util.List;

/**
 * Each annotator against gold over the articles whose adjudication is done.
 *
 * @param articles adjudicated articles compared (each annotator counts only those they finished)
 */
public record GoldAgreementReport(List<String> labels, int articles, List<AgainstGold.Row> rows) {
    public GoldAgreementReport {
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }
}
