package io.veritag.agreement;

import java.util.List;

/**
 * Everything the report is computed from: the annotators (in name order), the labels (in label order,
 * which is also the tie-break order of token labels), and the articles. {@code linkMeasures} false leaves the
 * link measures out (the report as it was before links; the benchmark's baseline).
 */
public record AgreementInput(List<String> annotators, LabelSet labels, List<ArticleAnnotations> articles,
                             boolean linkMeasures) {
    public AgreementInput(List<String> annotators, LabelSet labels, List<ArticleAnnotations> articles) {
        this(annotators, labels, articles, true);
    }

    public AgreementInput {
        annotators = List.copyOf(annotators);
        articles = List.copyOf(articles);
        for (ArticleAnnotations article : articles) {
            if (article.spansByAnnotator().size() != annotators.size()) {
                throw new IllegalArgumentException("article " + article.articleId() + " has spans of "
                        + article.spansByAnnotator().size() + " annotators, expected " + annotators.size());
            }
        }
    }
}
