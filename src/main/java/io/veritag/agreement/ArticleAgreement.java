package io.veritag.agreement;

import java.util.Comparator;
import java.util.Map;

/** The measures of one article on its own (its own token pool and its own continuum). */
public record ArticleAgreement(long articleId, String title, TokenLevel tokenLevel, Unitizing unitizing,
                               Map<String, SpanScores> spanLevel, Map<String, LinkScores> linkLevel) {
    /** An article's measures without link measures. */
    public ArticleAgreement(long articleId, String title, TokenLevel tokenLevel, Unitizing unitizing,
                            Map<String, SpanScores> spanLevel) {
        this(articleId, title, tokenLevel, unitizing, spanLevel, Map.of());
    }

    /**
     * Worst agreement first: by alpha_u, then by token-level Krippendorff's alpha, undefined values last
     * (an article where nobody marked anything is not a disagreement), then by article id.
     */
    public static final Comparator<ArticleAgreement> WORST_FIRST =
            Comparator.comparing((ArticleAgreement a) -> a.unitizing().alphaUOverall(), Score.ASCENDING_UNDEFINED_LAST)
                    .thenComparing(a -> a.tokenLevel().krippendorffAlphaNominal(), Score.ASCENDING_UNDEFINED_LAST)
                    .thenComparingLong(ArticleAgreement::articleId);
}
