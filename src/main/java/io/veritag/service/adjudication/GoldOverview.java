package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.Settlement;
import io.veritag.model.ArticleSummary;
import java.time.Instant;
import java.util.List;

/** One line of the gold listing: an article under adjudication and where it stands. */
public record GoldOverview(ArticleSummary article, List<String> annotators, String curator, int goldSpans,
                           int goldLinks, Settlement settlement, Instant updatedAt) {
    public GoldOverview {
        annotators = List.copyOf(annotators);
    }

    public String status() {
        return settlement.done() ? "done" : "open";
    }
}
