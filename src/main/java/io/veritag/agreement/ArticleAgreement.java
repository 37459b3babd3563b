package io.veritag.agreement;

import java.util.Map;

/** The measures of one article on its own (its own token pool and its own continuum). */
public record ArticleAgreement(long articleId, String title, TokenLevel tokenLevel, Unitizing unitizing,
                               Map<String, SpanScores> spanLevel) {
}
