package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.model.Span;
import io.veritag.service.BoundaryMove.Direction;
import io.veritag.service.BoundaryMove.Edge;
import io.veritag.service.BoundaryMove.Unit;
import io.veritag.store.Database;
import io.veritag.store.Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelingServiceTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it 🇺🇦.";
    private Database database;
    private Store store;
    private Article article;
    private Annotator anna;
    private Annotator ben;
    private LabelingService labeling;

    @BeforeEach
    void openFreshDatabase() {
        database = io.veritag.testing.TestDatabase.fresh();
        store = database.store();
        long id = store.articles().insert(new NewArticle("a1", "Bridge", "Outlet", null, null, TEXT), "sha-1");
        store.articles().insert(new NewArticle("a2", "Second", "Other", null, null, "Another text."), "sha-2");
        article = store.articles().get(id).orElseThrow();
        anna = store.annotators().getOrCreate("anna");
        ben = store.annotators().getOrCreate("ben");
        labeling = new LabelingService(store, anna);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int at(String words) {
        return TEXT.indexOf(words);
    }

    private List<Span> annaSpans() {
        return store.spans().forArticle(article.id(), anna.id());
    }

    @Test
    void createsASnappedSpanCommittedAtOnceAndStartsTheArticle() {
        SpanChange change = labeling.createSpan(article, at("ridge") , at("fell") + 2, "CLAIM", true);

        assertThat(change.added()).singleElement().satisfies(s -> assertThat(s.textIn(TEXT)).isEqualTo("bridge fell"));
        assertThat(change.status()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(annaSpans()).extracting(s -> s.textIn(TEXT), Span::label).containsExactly(tuple("bridge fell", "CLAIM"));
        assertThat(store.statuses().get(article.id(), anna.id())).isEqualTo(ArticleStatus.IN_PROGRESS);
    }

    @Test
    void withoutSnappingKeepsTheSelectionButNeverSplitsAnEmoji() {
        int flag = TEXT.indexOf("🇺🇦");
        labeling.createSpan(article, at("denied") + 1, flag + 1, "DENIAL", false);
        // the whole flag (two regional indicators, one emoji), not half of it as Java 17's BreakIterator had it
        assertThat(annaSpans()).extracting(s -> s.textIn(TEXT)).containsExactly("enied it 🇺🇦");
    }

    @Test
    void undoAndRedoOfCreateDeleteAndRestoreTheSameRow() {
        Span created = labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true).select();

        labeling.undo();
        assertThat(annaSpans()).isEmpty();
        assertThat(labeling.canRedo()).isTrue();

        labeling.redo();
        assertThat(annaSpans()).containsExactly(created);
    }

    @Test
    void relabelDeleteNoteAndBoundariesAreEachUndoable() {
        Span span = labeling.createSpan(article, at("bridge"), at("bridge") + 6, "CLAIM", true).select();

        labeling.relabel(span.id(), "SPECULATION");
        labeling.editNote(span.id(), "  check the photo  ");
        labeling.adjust(article, span.id(), new BoundaryMove(Edge.END, Direction.RIGHT, Unit.WORD));
        assertThat(annaSpans()).extracting(s -> s.textIn(TEXT), Span::label, Span::note)
                .containsExactly(tuple("bridge fell", "SPECULATION", "check the photo"));

        labeling.delete(span.id());
        assertThat(annaSpans()).isEmpty();

        labeling.undo();
        assertThat(annaSpans()).extracting(Span::id, s -> s.textIn(TEXT)).containsExactly(tuple(span.id(), "bridge fell"));
        labeling.undo();
        assertThat(annaSpans()).extracting(s -> s.textIn(TEXT)).containsExactly("bridge");
        labeling.undo();
        assertThat(annaSpans()).extracting(Span::note).containsExactly((String) null);
        labeling.undo();
        assertThat(annaSpans()).extracting(Span::label).containsExactly("CLAIM");

        labeling.redo();
        labeling.redo();
        assertThat(annaSpans()).extracting(Span::label, Span::note).containsExactly(tuple("SPECULATION", "check the photo"));
        assertThat(labeling.undoDescription()).contains("edit note");
        assertThat(labeling.redoDescription()).contains("adjust span");
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        Span span = labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true).select();
        labeling.relabel(span.id(), "DENIAL");
        labeling.undo();
        labeling.editNote(span.id(), "n");
        assertThat(labeling.canRedo()).isFalse();
        assertThatThrownBy(labeling::redo).isInstanceOf(LabelingException.class).hasMessage("Nothing to redo");
    }

    @Test
    void markingDoneIsUndoable() {
        labeling.setStatus(article.id(), ArticleStatus.DONE);
        assertThat(labeling.progress()).isEqualTo(new LabelingProgress(1, 2));
        assertThat(labeling.progress().text()).isEqualTo("1 of 2 done");

        labeling.undo();
        assertThat(store.statuses().get(article.id(), anna.id())).isEqualTo(ArticleStatus.TODO);
        assertThat(labeling.setStatus(article.id(), ArticleStatus.TODO)).isEmpty();
    }

    @Test
    void overviewListsMyStatusAndMySpanCountOnly() {
        labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true);
        new LabelingService(store, ben).createSpan(article, at("bridge"), at("bridge") + 6, "DENIAL", true);
        new LabelingService(store, ben).createSpan(article, at("fell"), at("fell") + 4, "DENIAL", true);

        assertThat(labeling.overview())
                .extracting(ArticleRow::externalId, ArticleRow::title, ArticleRow::source, ArticleRow::status, ArticleRow::spanCount)
                .containsExactly(tuple("a1", "Bridge", "Outlet", ArticleStatus.IN_PROGRESS, 1),
                        tuple("a2", "Second", "Other", ArticleStatus.TODO, 0));
    }

    @Test
    void blindByDefaultOthersOnlyOnRequestAndReadOnly() {
        Span bens = new LabelingService(store, ben).createSpan(article, at("bridge"), at("bridge") + 6, "DENIAL", true).select();
        labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true);

        assertThat(labeling.open(article.id()).spans()).extracting(Span::annotatorId).containsOnly(anna.id());
        assertThat(labeling.othersSpans(article.id())).containsExactly(bens);
        assertThat(labeling.annotatorNames()).containsEntry(ben.id(), "ben");
        assertThatThrownBy(() -> labeling.delete(bens.id()))
                .isInstanceOf(LabelingException.class).hasMessageContaining("read-only");
        assertThat(store.spans().get(bens.id())).isPresent();
    }

    @Test
    void openingAnArticleWithMySpansMarksItInProgress() {
        store.spans().insert(article.id(), anna.id(), 0, 3, "CLAIM", null);
        assertThat(store.statuses().get(article.id(), anna.id())).isEqualTo(ArticleStatus.TODO);

        OpenedArticle opened = labeling.open(article.id());

        assertThat(opened.status()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(store.statuses().get(article.id(), anna.id())).isEqualTo(ArticleStatus.IN_PROGRESS);
        long other = labeling.overview().get(1).id();
        assertThat(labeling.open(other).status()).isEqualTo(ArticleStatus.TODO);
    }

    @Test
    void duplicateOrEmptySelectionsAreClearErrorsAndChangeNothing() {
        labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true);
        assertThatThrownBy(() -> labeling.createSpan(article, at("mayor") + 1, at("mayor") + 3, "CLAIM", true))
                .isInstanceOf(LabelingException.class).hasMessage("You already have a CLAIM span on exactly that text");
        assertThatThrownBy(() -> labeling.createSpan(article, at(" said"), at(" said") + 1, "CLAIM", true))
                .isInstanceOf(LabelingException.class).hasMessage("Select some words first");
        assertThatThrownBy(() -> labeling.createSpan(article, 0, 3, "OPINION", true))
                .isInstanceOf(LabelingException.class).hasMessage("Unknown label OPINION");
        assertThat(annaSpans()).hasSize(1);
        assertThat(labeling.undoDescription()).contains("create CLAIM span");
    }

    @Test
    void listenersSeeEveryCommittedChange() {
        List<SpanChange> seen = new ArrayList<>();
        labeling.addListener(seen::add);
        Span span = labeling.createSpan(article, at("mayor"), at("mayor") + 5, "CLAIM", true).select();
        labeling.relabel(span.id(), "DENIAL");
        labeling.undo();

        assertThat(seen).extracting(SpanChange::description)
                .containsExactly("create CLAIM span", "relabel CLAIM as DENIAL", "relabel CLAIM as DENIAL");
        assertThat(seen.get(2).added()).extracting(Span::label).containsExactly("CLAIM");
        assertThat(seen.get(2).removed()).extracting(Span::label).containsExactly("DENIAL");
    }
}
