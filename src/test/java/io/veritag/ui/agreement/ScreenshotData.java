package io.veritag.ui.agreement;

import io.veritag.model.ArticleSummary;
import io.veritag.model.ClusterRole;
import io.veritag.model.Label;
import io.veritag.model.LinkType;
import io.veritag.model.Span;
import io.veritag.store.Store;
import java.util.Comparator;
import java.util.List;

/**
 * The screenshots' database: the bundled samples labelled by anna, boris and carol ({@link AgreementDemoData}),
 * each with claim clusters and links of their own, so that the Show others bars, the Agreement window's Claim
 * clusters tab and the Adjudication window's Links panel all have something to show. Not a test.
 */
public final class ScreenshotData {
    private ScreenshotData() {
    }

    /** Seeds an empty database (does nothing when it has spans). */
    public static void seed(Store store) {
        if (store.spans().count() > 0) {
            return;
        }
        AgreementDemoData.seed(store);
        List<ArticleSummary> articles = store.articles().summaries();
        for (String name : List.of("anna", "boris", "carol")) {
            long annotator = store.annotators().getOrCreate(name).id();
            for (int a = 0; a < Math.min(4, articles.size()); a++) {
                long article = articles.get(a).id();
                List<Span> spans = store.spans().forArticle(article, annotator).stream()
                        .sorted(Comparator.comparingInt(Span::start)).toList();
                List<Span> claims = spans.stream().filter(s -> s.label().equals(Label.CLAIM)).toList();
                if (claims.isEmpty()) {
                    continue;
                }
                // two clusters per article (first half of the claims, the rest); carol puts them all in one
                int half = name.equals("carol") && a == 0 ? claims.size() : Math.max(1, claims.size() / 2);
                long first = store.clusters().create(annotator, "Article " + (a + 1) + ": the first claims").id();
                long second = half < claims.size()
                        ? store.clusters().create(annotator, "Article " + (a + 1) + ": the later claims").id() : first;
                for (int i = 0; i < claims.size(); i++) {
                    store.clusters().add(claims.get(i), i < half ? first : second, ClusterRole.MEMBER);
                }
                for (Span s : spans) { // a denial denies, a speculation hedges, the nearest claim before it
                    LinkType type = s.label().equals(Label.DENIAL) ? LinkType.DENIES
                            : s.label().equals(Label.SPECULATION) ? LinkType.HEDGES : null;
                    Span target = claims.stream().filter(c -> c.start() < s.start()).reduce((x, y) -> y).orElse(claims.get(0));
                    if (type != null) {
                        store.links().insert(s.id(), target.id(), type);
                    }
                }
            }
        }
    }

    /** {@code java -cp … io.veritag.ui.agreement.ScreenshotData <db path>}: seeds that database. */
    public static void main(String[] args) {
        try (io.veritag.store.Database database = io.veritag.store.Database.open(args[0])) {
            seed(database.store());
        }
    }
}
