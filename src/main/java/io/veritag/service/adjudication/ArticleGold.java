package io.veritag.service.adjudication;

import io.veritag.model.Article;
import io.veritag.model.gold.Decision;
import io.veritag.model.gold.GoldArticleStatus;
import io.veritag.model.gold.GoldLink;
import io.veritag.model.gold.GoldSpan;
import java.util.List;
import java.util.Optional;

/**
 * One article's gold layer with its audit trail.
 *
 * @param status   the stored adjudication status, empty if nobody has adjudicated the article
 * @param gold     each gold span with its history, by position
 * @param rejected rejections in force: disagreements settled with nothing in gold
 * @param links    each gold link with its history
 */
public record ArticleGold(Article article, Optional<GoldArticleStatus> status, List<Entry> gold, List<Decision> rejected,
                          List<LinkEntry> links) {
    public ArticleGold {
        gold = List.copyOf(gold);
        rejected = List.copyOf(rejected);
        links = List.copyOf(links);
    }

    /** The gold span with this id, if it is in this article's gold. */
    public Optional<GoldSpan> span(long goldSpanId) {
        return gold.stream().map(Entry::span).filter(s -> s.id() == goldSpanId).findFirst();
    }

    /** A gold link and every decision about it, oldest first. */
    public record LinkEntry(GoldLink link, List<Decision> history) {
        public LinkEntry {
            history = List.copyOf(history);
        }
    }

    /** A gold span and every decision about it, oldest first. */
    public record Entry(GoldSpan span, List<Decision> history) {
        public Entry {
            history = List.copyOf(history);
        }
    }
}
