package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.Settlement;
import io.veritag.model.ArticleSummary;
import java.time.Instant;
import java.util.List;

/**
 * One line of the gold listing: an article under adjudication and where it stands; {@code goldStale} when an
 * annotator changed spans after the last decision ({@link ArticleAdjudication#goldStale()}).
 */
public record GoldOverview(ArticleSummary article, List<String> annotators, String curator, int goldSpans,
                           int goldLinks, Settlement settlement, Instant updatedAt, boolean goldStale) {
    public GoldOverview {
        annotators = List.copyOf(annotators);
    }

    public String status() {
        return settlement.done() ? "done" : "open";
    }
}
