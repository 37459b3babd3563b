package io.veritag.agreement;

import java.util.List;
import java.util.Map;

/**
 * All agreement measures of a set of annotators over a set of articles: pooled over the articles, and per
 * article (ascending article id). {@code spanLevel} is keyed "a->b" for each pair with a before b in
 * name order, a being the reference; {@code linkLevel} is keyed the same way.
 */
public record AgreementReport(List<String> annotators, List<String> labels, int articles, TokenLevel tokenLevel,
                              Unitizing unitizing, Map<String, SpanScores> spanLevel,
                              List<ArticleAgreement> perArticle, Map<String, LinkScores> linkLevel) {
    /** A report without link measures. */
    public AgreementReport(List<String> annotators, List<String> labels, int articles, TokenLevel tokenLevel,
                           Unitizing unitizing, Map<String, SpanScores> spanLevel, List<ArticleAgreement> perArticle) {
        this(annotators, labels, articles, tokenLevel, unitizing, spanLevel, perArticle, Map.of());
    }

    public long tokens() {
        return tokenLevel.tokens();
    }
}
