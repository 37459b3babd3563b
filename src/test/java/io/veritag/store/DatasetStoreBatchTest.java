package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.TextHash;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The export's walk reads spans and links {@value DatasetStore#ARTICLES_PER_READ} articles at a time: every article
 * must still come with exactly its own spans and links of the chosen annotators, in the promised order, on both
 * sides of a read's edge, with the articles in external-id order (here the reverse of their ids), and with articles
 * without spans in between.
 */
class DatasetStoreBatchTest {
    private static final int ARTICLES = 2 * DatasetStore.ARTICLES_PER_READ + 300;

    @Test
    void everyArticleGetsItsOwnSpansAndLinksAcrossReads() {
        try (Database database = io.veritag.testing.TestDatabase.fresh()) {
            Store store = database.store();
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) { // inserted in this order: ids rise while external ids fall
                articles.add(new NewArticle(String.format("a%05d", ARTICLES - i), "T", null, null, null,
                        "🇺🇦 Officials said " + i + " bridges fell; others denied it."));
            }
            store.inTransaction(tx -> {
                tx.articles().insertAll(articles, articles.stream().map(a -> TextHash.sha256(a.text())).toList());
            });
            long anna = store.annotators().getOrCreate("anna").id();
            long boris = store.annotators().getOrCreate("boris").id();
            long carla = store.annotators().getOrCreate("carla").id(); // not exported
            store.inTransaction(tx -> {
                for (int i = 0; i < ARTICLES; i++) {
                    long id = tx.articles().byExternalId(String.format("a%05d", ARTICLES - i)).orElseThrow().id();
                    if (i % 9 == 4) {
                        continue; // no spans at all
                    }
                    Span claim = tx.spans().insert(id, boris, 5, 9 + i % 3, "CLAIM", null);
                    tx.spans().insert(id, anna, 20, 30, "DENIAL", null);
                    tx.spans().insert(id, carla, 1, 4, "CLAIM", null);
                    if (i % 2 == 0) {
                        Span denial = tx.spans().insert(id, boris, 20, 30, "DENIAL", null);
                        tx.links().insert(denial, claim, LinkType.DENIES);
                    }
                    tx.spans().insert(id, anna, 2, 12, "SPECULATION", null);
                }
            });
            Set<Long> chosen = Set.of(anna, boris);
            List<String> expected = new ArrayList<>();
            List<io.veritag.model.Article> all = new ArrayList<>();
            store.articles().forEach(all::add);
            all.stream().sorted(Comparator.comparing(io.veritag.model.Article::externalId)).forEach(article -> {
                List<Span> spans = store.spans().forArticle(article.id()).stream()
                        .filter(s -> chosen.contains(s.annotatorId()))
                        .sorted(Comparator.comparingLong(Span::annotatorId).thenComparingInt(Span::start)
                                .thenComparingInt(Span::end).thenComparing(Span::label).thenComparingLong(Span::id))
                        .toList();
                expected.add(line(article.externalId(), spans, store.links().forArticle(article.id()).stream()
                        .filter(l -> chosen.contains(l.annotatorId()))
                        .map(l -> l.id() + ":" + l.fromSpanId() + ">" + l.toSpanId()).sorted().toList()));
            });

            List<String> walked = new ArrayList<>();
            store.datasets().forEachArticle(chosen, (article, spans, links) ->
                    walked.add(line(article.externalId(), spans, links.stream().map(l -> l.id() + ":" + l.fromSpanId() + ">" + l.toSpanId()).toList())));

            assertThat(walked).hasSize(ARTICLES).isEqualTo(expected);
            assertThat(walked).filteredOn(line -> line.contains(">")).hasSizeGreaterThan(ARTICLES / 3);
            assertThat(walked).filteredOn(line -> line.endsWith("spans [] links []")).isNotEmpty();
        }
    }

    private static String line(String externalId, List<Span> spans, List<String> links) {
        return externalId + " spans " + spans.stream().map(s -> s.id() + "@" + s.annotatorId() + ":" + s.start() + "-"
                + s.end() + " " + s.label()).toList() + " links " + links;
    }
}
