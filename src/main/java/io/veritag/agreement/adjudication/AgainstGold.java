package io.veritag.agreement.adjudication;

import io.veritag.agreement.LabelSet;
import io.veritag.agreement.LabeledExtent;
import io.veritag.agreement.SpanMatching;
import io.veritag.agreement.SpanScores;
import io.veritag.agreement.SpanTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each annotator against the gold layer, with the agreement report's span measures ({@link SpanMatching}):
 * gold is the reference, so precision is the share of the annotator's spans that gold has and recall the
 * share of gold the annotator found; exact and overlap, labeled and unlabeled, and per label. Counts are
 * pooled over the articles each annotator finished (an article they did not finish says nothing about them).
 */
public final class AgainstGold {
    private AgainstGold() {
    }

    /**
     * One adjudicated article.
     *
     * @param annotators annotator name → spans, only for annotators who finished the article
     */
    public record Article(long articleId, List<LabeledExtent> gold, Map<String, List<LabeledExtent>> annotators) {
        public Article {
            gold = List.copyOf(gold);
            annotators = Map.copyOf(annotators);
        }
    }

    /** One annotator's scores against gold over {@code articles} articles. */
    public record Row(String annotator, int articles, int spans, int goldSpans, SpanScores scores) {
    }

    /** Rows in the order of {@code annotators}; spans whose label is not in {@code labels} are left out on both sides. */
    public static List<Row> compare(LabelSet labels, List<String> annotators, List<Article> articles) {
        List<Row> rows = new ArrayList<>();
        for (String annotator : annotators) {
            SpanTally total = new SpanTally(labels);
            int count = 0;
            int spans = 0;
            int goldSpans = 0;
            for (Article article : articles) {
                List<LabeledExtent> theirs = article.annotators().get(annotator);
                if (theirs == null) {
                    continue;
                }
                List<LabeledExtent> gold = within(labels, article.gold());
                List<LabeledExtent> other = within(labels, theirs);
                total.addAll(SpanMatching.tally(gold, other, labels));
                count++;
                spans += other.size();
                goldSpans += gold.size();
            }
            rows.add(new Row(annotator, count, spans, goldSpans, total.scores()));
        }
        return rows;
    }

    private static List<LabeledExtent> within(LabelSet labels, List<LabeledExtent> spans) {
        return spans.stream().filter(s -> labels.contains(s.label())).toList();
    }
}
