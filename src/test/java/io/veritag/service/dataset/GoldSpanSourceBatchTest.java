package io.veritag.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.io.AnnotatedDocument;
import io.veritag.io.TextHash;
import io.veritag.model.LinkType;
import io.veritag.model.NewArticle;
import io.veritag.model.gold.GoldSpan;
import io.veritag.model.gold.LabeledRange;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gold export reads spans and links {@value GoldSpanSource#BATCH_ARTICLES} articles at a time: every article must
 * still come with exactly its own gold, in external-id order, on both sides of a batch's edge and with articles
 * without gold, without links or still open (not exported without all statuses) in between.
 */
class GoldSpanSourceBatchTest {
    private static final int ARTICLES = 2 * GoldSpanSource.BATCH_ARTICLES + 400;

    @Test
    void everyArticleGetsItsOwnGoldAcrossBatches() {
        try (Database database = io.veritag.testing.TestDatabase.fresh()) {
            Store store = database.store();
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                articles.add(new NewArticle(String.format("a%05d", i), "T", null, null, null,
                        "🇺🇦 Officials said " + i + " bridges fell; others denied it."));
            }
            store.inTransaction(tx -> {
                tx.articles().insertAll(articles, articles.stream().map(a -> TextHash.sha256(a.text())).toList());
            });
            List<String> expected = new ArrayList<>();
            store.inTransaction(tx -> {
                long curator = tx.gold().curators().getOrCreate("carla").id();
                for (int i = 0; i < ARTICLES; i++) {
                    long id = tx.articles().byExternalId(String.format("a%05d", i)).orElseThrow().id();
                    if (i % 7 == 3) {
                        continue; // no gold at all: not exported
                    }
                    if (i % 5 != 0) {
                        GoldSpan claim = tx.gold().spans().insert(id, new LabeledRange(5, 5 + 4 + (i % 3), "CLAIM"));
                        if (i % 2 == 0) {
                            GoldSpan denial = tx.gold().spans().insert(id, new LabeledRange(20, 30, "DENIAL"));
                            tx.gold().links().insert(denial.id(), claim.id(), LinkType.DENIES);
                        }
                    }
                    tx.gold().articles().save(id, List.of("anna"), i % 11 == 4 ? 0 : 1, 1, curator); // 0 of 1: open
                }
            });
            for (int i = 0; i < ARTICLES; i++) {
                long id = store.articles().byExternalId(String.format("a%05d", i)).orElseThrow().id();
                if (i % 7 != 3 && i % 11 != 4) {
                    expected.add(String.format("a%05d", i) + " spans " + store.gold().spans().forArticle(id).stream()
                            .map(s -> s.id() + ":" + s.start() + "-" + s.end() + " " + s.label()).toList()
                            + " links " + store.gold().links().forArticle(id).stream()
                            .map(l -> l.fromGoldSpanId() + ">" + l.toGoldSpanId() + " " + l.type()).toList());
                }
            }

            List<String> exported = new ArrayList<>();
            new GoldSpanSource(store).forEachArticle(false, documents -> {
                assertThat(documents).hasSize(1);
                AnnotatedDocument document = documents.get(0);
                exported.add(document.article().externalId() + " spans " + document.spans().stream()
                        .map(s -> s.key() + ":" + s.start() + "-" + s.end() + " " + s.label()).toList()
                        + " links " + document.links().stream()
                        .map(l -> l.fromKey() + ">" + l.toKey() + " " + l.type()).toList());
            });

            assertThat(expected).hasSizeGreaterThan(2 * GoldSpanSource.BATCH_ARTICLES);
            assertThat(exported).isEqualTo(expected);
            assertThat(exported).filteredOn(line -> line.contains("DENIES")).hasSizeGreaterThan(300);
        }
    }
}
