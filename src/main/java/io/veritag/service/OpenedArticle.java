package io.veritag.service;

import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Link;
import io.veritag.model.Span;
import java.util.List;

/** An article as the annotator opened it: the text, their own spans (by start), their status and their links. */
public record OpenedArticle(Article article, List<Span> spans, ArticleStatus status, List<Link> links) {
    public OpenedArticle {
        spans = List.copyOf(spans);
        links = List.copyOf(links);
    }

    public OpenedArticle(Article article, List<Span> spans, ArticleStatus status) {
        this(article, spans, status, List.of());
    }
}
