package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.ArticleStatus;
import io.veritag.model.Label;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreTest {
    private Database database;
    private Store store;
    private long articleId;
    private long annaId;

    @BeforeEach
    void openFreshDatabase() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        articleId = store.articles().insert(new NewArticle("a1", "Title", "Outlet", null, "2022-11-10", "Kherson is free 🇺🇦 now."), "sha-1");
        annaId = store.annotators().getOrCreate("anna").id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void seedsTheThreeLabelsInOrder() {
        assertThat(store.labels().all())
                .extracting(Label::name, Label::shortcutKey)
                .containsExactly(tuple("CLAIM", '1'), tuple("DENIAL", '2'), tuple("SPECULATION", '3'));
    }

    @Test
    void roundTripsArticlesAndSpans() {
        Span span = store.spans().insert(articleId, annaId, 0, 7, "CLAIM", "city");
        assertThat(store.articles().get(articleId)).hasValueSatisfying(a -> {
            assertThat(a.externalId()).isEqualTo("a1");
            assertThat(a.text()).isEqualTo("Kherson is free 🇺🇦 now.");
            assertThat(a.published()).isEqualTo("2022-11-10");
        });
        assertThat(store.spans().forArticle(articleId, annaId))
                .extracting(Span::id, Span::start, Span::end, Span::label, Span::note)
                .containsExactly(tuple(span.id(), 0, 7, "CLAIM", "city"));

        Span relabeled = store.spans().update(span.id(), 0, 7, "DENIAL", "");
        assertThat(relabeled.label()).isEqualTo("DENIAL");
        assertThat(relabeled.note()).isNull();
        assertThat(store.spans().delete(span.id())).isTrue();
        store.spans().restore(span);
        assertThat(store.spans().get(span.id())).contains(span);
    }

    @Test
    void rejectsSpansOutsideTheText() {
        int length = "Kherson is free 🇺🇦 now.".length();
        assertThat(store.spans().insert(articleId, annaId, 0, length, "CLAIM", null).end()).isEqualTo(length);
        assertThatThrownBy(() -> store.spans().insert(articleId, annaId, 0, length + 1, "CLAIM", null))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).constraint()).isEqualTo(Constraint.CK_SPAN_OFFSETS);
        assertThatThrownBy(() -> store.spans().update(store.spans().forArticle(articleId, annaId).get(0).id(), 5, 5, "CLAIM", null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("ck_span_offsets");
    }

    @Test
    void rejectsUnknownLabelsAndDuplicates() {
        assertThatThrownBy(() -> store.spans().insert(articleId, annaId, 0, 3, "RUMOUR", null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("fk_span_label");
        store.spans().insert(articleId, annaId, 0, 3, "CLAIM", null);
        assertThatThrownBy(() -> store.spans().insert(articleId, annaId, 0, 3, "CLAIM", null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("uq_span_identity");
    }

    @Test
    void rejectsDuplicateTextAndBlankAnnotators() {
        assertThatThrownBy(() -> store.articles().insert(new NewArticle("a2", "T", null, null, null, "other"), "sha-1"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("uq_article_text_sha256");
        assertThatThrownBy(() -> store.annotators().getOrCreate("  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsOneStatusRowPerArticleAndAnnotator() {
        assertThat(store.statuses().get(articleId, annaId)).isEqualTo(ArticleStatus.TODO);
        store.statuses().set(articleId, annaId, ArticleStatus.IN_PROGRESS);
        store.statuses().set(articleId, annaId, ArticleStatus.DONE);
        assertThat(store.statuses().forAnnotator(annaId)).containsExactly(java.util.Map.entry(articleId, ArticleStatus.DONE));
    }

    @Test
    void rollsBackAWholeTransaction() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.spans().insert(articleId, annaId, 0, 3, "CLAIM", null);
            tx.spans().insert(articleId, annaId, 0, 999, "CLAIM", null);
        })).isInstanceOf(StoreException.class);
        assertThat(store.spans().count()).isZero();
    }
}
