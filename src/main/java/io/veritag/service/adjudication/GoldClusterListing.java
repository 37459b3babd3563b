package io.veritag.service.adjudication;

import io.veritag.model.Article;
import io.veritag.model.gold.GoldCluster;
import io.veritag.model.gold.GoldClusterMember;
import io.veritag.model.gold.GoldSpan;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The claim clusters of the gold layer as {@code veritag gold --clusters} lists them. */
public final class GoldClusterListing {
    /** A gold span of a gold cluster with its article and text (UTF-16 offsets, as inside the program). */
    public record Entry(Article article, GoldSpan span, String text) {
    }

    /** A gold cluster with its gold spans, by article. */
    public record Row(GoldCluster cluster, List<Entry> spans) {
        public Row {
            spans = List.copyOf(spans);
        }
    }

    private GoldClusterListing() {
    }

    /** Every gold cluster, oldest first, each with its gold spans (three queries). */
    static List<Row> read(Store store) {
        List<GoldClusterMember> members = store.gold().clusters().allMembers();
        Map<Long, Article> articles = store.articles().get(members.stream().map(GoldClusterMember::articleId).distinct().toList());
        Map<Long, List<GoldClusterMember>> byCluster = members.stream().collect(Collectors.groupingBy(GoldClusterMember::clusterId));
        List<Row> rows = new ArrayList<>();
        for (GoldCluster cluster : store.gold().clusters().all()) {
            List<Entry> entries = new ArrayList<>();
            for (GoldClusterMember m : byCluster.getOrDefault(cluster.id(), List.of())) {
                Article article = articles.get(m.articleId());
                store.gold().spans().get(m.goldSpanId()).ifPresent(span ->
                        entries.add(new Entry(article, span, span.textIn(article.text()))));
            }
            rows.add(new Row(cluster, entries));
        }
        return rows;
    }
}
