package io.veritag.agreement;

import java.util.List;
import java.util.Map;

/**
 * All agreement measures of a set of annotators over a set of articles: pooled over the articles, and per
 * article (ascending article id). {@code spanLevel} is keyed "a->b" for each pair with a before b in
 * name order, a being the reference.
 */
public record AgreementReport(List<String> annotators, List<String> labels, int articles, TokenLevel tokenLevel,
                              Unitizing unitizing, Map<String, SpanScores> spanLevel,
                              List<ArticleAgreement> perArticle) {
    public long tokens() {
        return tokenLevel.tokens();
    }
}
