package io.veritag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.veritag.model.Annotator;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Span;
import io.veritag.service.ArticleRow;
import io.veritag.service.BoundaryMove;
import io.veritag.service.LabelingService;
import io.veritag.store.Database;
import io.veritag.store.Store;
import io.veritag.ui.kit.SameThreadExecutor;
import io.veritag.ui.kit.UiExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The presentation model without any window. */
class LabelingModelTest {
    private static final String TEXT = "The mayor said the bridge fell. Officials denied it.";
    private Database database;
    private Store store;
    private Annotator anna;
    private LabelingModel model;
    private long first;
    private long second;
    private final List<LabelingModel.Aspect> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = Database.inMemory();
        store = database.store();
        first = TestCorpus.add(store, "t1", "Bridge story", TEXT);
        second = TestCorpus.add(store, "t2", "Port report", "Another article about the port.");
        anna = store.annotators().getOrCreate("anna");
        LabelingService service = new LabelingService(store, anna);
        model = new LabelingModel(service, new SameThreadExecutor());
        model.setRows(service.overview());
        model.show(service.open(first), List.of(), Map.of());
        model.addListener(events::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int at(String words) {
        return TEXT.indexOf(words);
    }

    @Test
    void aLabelKeyWithSelectedTextCreatesASelectedSpanAndUpdatesTheRow() {
        assertThat(model.labelKey("CLAIM", at("bridge") + 2, at("bridge") + 3)).isTrue();

        assertThat(model.spans()).extracting(s -> s.textIn(TEXT), Span::label).containsExactly(tuple("bridge", "CLAIM"));
        assertThat(model.selectedSpan()).map(Span::label).contains("CLAIM");
        assertThat(model.visibleRows()).extracting(ArticleRow::title, ArticleRow::status, ArticleRow::spanCount)
                .containsExactly(tuple("Bridge story", ArticleStatus.IN_PROGRESS, 1), tuple("Port report", ArticleStatus.TODO, 0));
        assertThat(model.countsByLabel()).containsExactly(Map.entry("CLAIM", 1), Map.entry("DENIAL", 0), Map.entry("SPECULATION", 0));
        assertThat(model.savedText()).startsWith("Saved ").endsWith("(create CLAIM span)");
        assertThat(events).contains(LabelingModel.Aspect.SPANS, LabelingModel.Aspect.SELECTION);
    }

    @Test
    void aSpanIsShownAndSavedOnlyOnceItsCommitHasReturned() {
        java.util.Deque<Runnable> queue = new java.util.ArrayDeque<>();
        UiExecutor later = new UiExecutor() {
            @Override
            public <T> void read(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onDone,
                                 java.util.function.Consumer<? super Exception> onFailed) {
                write(work, onDone, onFailed);
            }

            @Override
            public <T> void write(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onDone,
                                  java.util.function.Consumer<? super Exception> onFailed) {
                queue.add(() -> {
                    try {
                        onDone.accept(work.call());
                    } catch (Exception e) {
                        onFailed.accept(e);
                    }
                });
            }

            @Override
            public <T> Running task(java.util.function.Function<io.veritag.service.Progress, T> work,
                                    java.util.function.Consumer<Step> onProgress, java.util.function.Consumer<? super T> onDone,
                                    java.util.function.Consumer<? super Exception> onFailed) {
                throw new UnsupportedOperationException();
            }
        };
        LabelingService service = new LabelingService(store, anna);
        LabelingModel waiting = new LabelingModel(service, later);
        waiting.show(service.open(first), List.of(), Map.of());

        assertThat(waiting.labelKey("CLAIM", at("bridge"), at("bridge") + 6)).isTrue();
        assertThat(waiting.labelKey("DENIAL", at("Officials"), at("Officials") + 9)).isTrue();

        assertThat(waiting.spans()).isEmpty();
        assertThat(waiting.busy()).isTrue();
        assertThat(waiting.savedText()).doesNotStartWith("Saved");
        assertThat(store.spans().forArticle(first, anna.id())).isEmpty();
        queue.poll().run();
        assertThat(waiting.spans()).extracting(Span::label).containsExactly("CLAIM");
        assertThat(waiting.busy()).isTrue();
        queue.poll().run();
        assertThat(waiting.spans()).extracting(Span::label).containsExactly("CLAIM", "DENIAL");
        assertThat(waiting.busy()).isFalse();
        assertThat(waiting.savedText()).startsWith("Saved ").endsWith("(create DENIAL span)");
        assertThat(waiting.undoName()).isEqualTo("Undo create DENIAL span");
    }

    @Test
    void withoutTextSelectedALabelKeyRelabelsTheSelectedSpan() {
        model.labelKey("CLAIM", at("mayor"), at("mayor") + 5);
        assertThat(model.labelKey("DENIAL", 3, 3)).isTrue();
        assertThat(store.spans().forArticle(first, anna.id())).extracting(Span::label).containsExactly("DENIAL");

        model.clearSpanSelection();
        assertThat(model.labelKey("CLAIM", 3, 3)).isFalse();
        assertThat(model.lastFailed()).isTrue();
        assertThat(model.savedText()).isEqualTo("Select some text (or click one of your spans) first");
    }

    @Test
    void theInnermostSpanIsFoundAtAClick() {
        model.labelKey("CLAIM", at("The mayor"), at(" fell") + 5);
        model.labelKey("SPECULATION", at("bridge"), at("bridge") + 6);
        assertThat(model.spanAt(at("bridge") + 1)).map(Span::label).contains("SPECULATION");
        assertThat(model.spanAt(at("mayor"))).map(Span::label).contains("CLAIM");
        assertThat(model.spanAt(at("Officials"))).isEmpty();
    }

    @Test
    void deleteAdjustUndoRedoFollowTheDatabase() {
        model.labelKey("CLAIM", at("bridge"), at("bridge") + 6);
        assertThat(model.adjustSelected(new BoundaryMove(BoundaryMove.Edge.END, BoundaryMove.Direction.RIGHT, BoundaryMove.Unit.WORD),
                () -> { })).isTrue();
        assertThat(model.spans()).extracting(s -> s.textIn(TEXT)).containsExactly("bridge fell");
        assertThat(model.deleteSelected()).isTrue();
        assertThat(model.spans()).isEmpty();
        assertThat(model.undoName()).isEqualTo("Undo delete CLAIM span");

        AtomicLong touched = new AtomicLong(-1);
        assertThat(model.undo(touched::set)).isTrue();
        assertThat(touched.get()).isEqualTo(first);
        assertThat(model.spans()).extracting(s -> s.textIn(TEXT)).containsExactly("bridge fell");
        assertThat(store.spans().forArticle(first, anna.id())).hasSize(1);
        model.redo(id -> { });
        assertThat(model.spans()).isEmpty();
        assertThat(store.spans().count()).isZero();
    }

    @Test
    void toggleDoneUpdatesProgressAndCanBeUndone() {
        model.toggleDone();
        assertThat(model.status()).isEqualTo(ArticleStatus.DONE);
        assertThat(model.progress().text()).isEqualTo("1 of 2 done");
        model.toggleDone();
        assertThat(model.status()).isEqualTo(ArticleStatus.TODO);
        model.undo(id -> { });
        assertThat(store.statuses().get(first, anna.id())).isEqualTo(ArticleStatus.DONE);
    }

    @Test
    void filterAndNeighboursFollowTheVisibleList() {
        assertThat(model.neighbour(1)).contains(second);
        assertThat(model.neighbour(-1)).isEmpty();
        assertThat(model.position()).isEqualTo("Article 1 of 2");

        model.setFilter("PORT");
        assertThat(model.visibleRows()).extracting(ArticleRow::id).containsExactly(second);
        model.setFilter("to do bridge");
        assertThat(model.visibleRows()).extracting(ArticleRow::id).containsExactly(first);
    }

    @Test
    void othersAreHiddenUntilShownAndNeverEditable() {
        Annotator ben = store.annotators().getOrCreate("ben");
        Span bens = store.spans().insert(first, ben.id(), at("Officials"), at(" denied"), "DENIAL", null);
        model.setOthers(first, List.of(bens), Map.of(ben.id(), "ben"));
        assertThat(model.others()).isEmpty();
        assertThat(model.spanAt(at("Officials"))).isEmpty();

        model.setShowOthers(true);
        assertThat(model.others()).containsExactly(bens);
        assertThat(model.spanAt(at("Officials"))).contains(bens);
        model.selectSpan(bens.id());
        assertThat(model.hasEditableSelection()).isFalse();
        assertThat(model.deleteSelected()).isFalse();
        assertThat(model.annotatorName(ben.id())).isEqualTo("ben");

        model.setShowOthers(false);
        assertThat(model.selectedSpan()).isEmpty();
    }

    @Test
    void switchingAnnotatorClosesTheArticleAndStartsAFreshHistory() {
        model.labelKey("CLAIM", at("mayor"), at("mayor") + 5);
        model.switchService(new LabelingService(store, store.annotators().getOrCreate("ben")));
        assertThat(model.annotator().name()).isEqualTo("ben");
        assertThat(model.article()).isEmpty();
        assertThat(model.canUndo()).isFalse();
    }
}
