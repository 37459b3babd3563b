package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.service.CatalogService.ArticleRow;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article listing read a page at a time gives every article once, in id order, with its own statuses and counts. */
class ArticleListingPagesTest {
    private Database database;
    private Store store;
    private final List<Long> ids = new ArrayList<>();
    private Annotator anna;
    private Annotator boris;

    @BeforeEach
    void sevenArticlesTwoAnnotators() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        for (int i = 1; i <= 7; i++) {
            ids.add(store.articles().insert(new NewArticle("a" + i, "Title " + i, "Outlet", null, null,
                    "Article number " + i + " says the bridge fell."), "sha-" + i));
        }
        anna = store.annotators().getOrCreate("anna");
        boris = store.annotators().getOrCreate("boris");
        // spans and statuses on the first, a middle and the last article: each on a different page for small pages
        store.spans().insert(ids.get(0), anna.id(), 0, 7, "CLAIM", null);
        store.spans().insert(ids.get(0), anna.id(), 8, 14, "DENIAL", null);
        store.spans().insert(ids.get(3), boris.id(), 0, 7, "CLAIM", null);
        store.spans().insert(ids.get(6), anna.id(), 0, 7, "SPECULATION", null);
        store.statuses().set(ids.get(0), anna.id(), ArticleStatus.DONE);
        store.statuses().set(ids.get(3), boris.id(), ArticleStatus.IN_PROGRESS);
        store.statuses().set(ids.get(6), anna.id(), ArticleStatus.DONE);
        store.statuses().set(ids.get(6), boris.id(), ArticleStatus.DONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theAnnotatorListingCountsWhatTheArticleRowsShow() {
        store.annotators().getOrCreate("carla"); // nothing marked, nothing set
        store.statuses().set(ids.get(1), boris.id(), ArticleStatus.TODO);
        store.statuses().set(ids.get(2), boris.id(), ArticleStatus.IN_PROGRESS);
        store.spans().insert(ids.get(2), boris.id(), 0, 7, "CLAIM", null);
        CatalogService catalog = new CatalogService(store);
        List<ArticleRow> articles = catalog.articleRows(1_000).toList();

        assertThat(catalog.annotators()).extracting(CatalogService.AnnotatorRow::name).containsExactlyInAnyOrder("anna", "boris", "carla");
        for (CatalogService.AnnotatorRow row : catalog.annotators()) {
            String name = row.name();
            assertThat(row.spans()).as(name).isEqualTo(articles.stream().mapToInt(a -> a.spanCounts().get(name)).sum());
            assertThat(row.articlesDone()).as(name).isEqualTo(articles.stream().filter(a -> a.statuses().get(name) == ArticleStatus.DONE).count());
            assertThat(row.articlesInProgress()).as(name)
                    .isEqualTo(articles.stream().filter(a -> a.statuses().get(name) == ArticleStatus.IN_PROGRESS).count());
        }
        assertThat(catalog.annotators()).filteredOn(r -> r.name().equals("boris")).singleElement()
                .satisfies(boris -> {
                    assertThat(boris.spans()).isEqualTo(2);
                    assertThat(boris.articlesDone()).isEqualTo(1);
                    assertThat(boris.articlesInProgress()).isEqualTo(2);
                });
    }

    @Test
    void everyPageSizeListsTheSameRows() {
        CatalogService catalog = new CatalogService(store);
        List<ArticleRow> whole = catalog.articleRows(1_000).toList();

        assertThat(whole).extracting(ArticleRow::id).containsExactlyElementsOf(ids);
        assertThat(whole.get(0).spanCounts()).isEqualTo(Map.of("anna", 2, "boris", 0));
        assertThat(whole.get(0).statuses()).isEqualTo(Map.of("anna", ArticleStatus.DONE, "boris", ArticleStatus.TODO));
        assertThat(whole.get(3).spanCounts()).isEqualTo(Map.of("anna", 0, "boris", 1));
        assertThat(whole.get(3).statuses()).isEqualTo(Map.of("anna", ArticleStatus.TODO, "boris", ArticleStatus.IN_PROGRESS));
        assertThat(whole.get(6).spanCounts()).isEqualTo(Map.of("anna", 1, "boris", 0));
        assertThat(whole.get(6).statuses()).isEqualTo(Map.of("anna", ArticleStatus.DONE, "boris", ArticleStatus.DONE));
        assertThat(whole.get(2).spanCounts()).isEqualTo(Map.of("anna", 0, "boris", 0));
        for (int pageSize : new int[] {1, 2, 3, 6, 7, 8}) {
            assertThat(catalog.articleRows(pageSize).toList()).as("page size %d", pageSize).isEqualTo(whole);
        }
        assertThat(catalog.articles()).isEqualTo(whole);
    }

    @Test
    void aPageIsReadOnlyWhenTheListingGetsThere() {
        CatalogService catalog = new CatalogService(store);
        var rows = catalog.articleRows(2).iterator();
        assertThat(rows.next().id()).isEqualTo(ids.get(0));
        // written after the first page was read: the listing's later pages see it
        store.spans().insert(ids.get(5), boris.id(), 0, 7, "CLAIM", null);
        List<ArticleRow> rest = new ArrayList<>();
        rows.forEachRemaining(rest::add);
        assertThat(rest).extracting(ArticleRow::id).containsExactlyElementsOf(ids.subList(1, 7));
        assertThat(rest.get(4).spanCounts()).containsEntry("boris", 1);
    }
}
