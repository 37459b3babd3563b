package io.veritag.service;

import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import java.util.List;

/** An article as the annotator opened it: the text, their own spans (by start) and their status. */
public record OpenedArticle(Article article, List<Span> spans, ArticleStatus status) {
    public OpenedArticle {
        spans = List.copyOf(spans);
    }
}
