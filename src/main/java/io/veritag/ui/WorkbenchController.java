package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.model.Span;
import io.veritag.service.BoundaryMove;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JFrame;

/**
 * What the actions do: reads in the background, edits through the model (committed at once), dialogs for
 * notes. Also the {@link WorkbenchContext} the other windows get.
 */
final class WorkbenchController implements WorkbenchContext {
    private final Store store;
    private final LabelingModel model;
    private final WorkbenchPrefs prefs;
    private final Background background = new Background();
    private final ArticleTextArea text = new ArticleTextArea();
    private JFrame frame;
    private int generation;
    private Consumer<Annotator> annotatorSwitched = a -> { };

    WorkbenchController(Store store, Annotator annotator, WorkbenchPrefs prefs) {
        this.store = store;
        this.prefs = prefs;
        this.model = new LabelingModel(new LabelingService(store, annotator));
        model.setSnapToWords(prefs.snapToWords());
        text.setZoom(prefs.zoom());
    }

    void attach(JFrame owner) {
        this.frame = owner;
    }

    LabelingModel model() {
        return model;
    }

    ArticleTextArea text() {
        return text;
    }

    WorkbenchPrefs prefs() {
        return prefs;
    }

    /** True when no background read is running (tests wait for this). */
    boolean idle() {
        return background.idle();
    }

    void onAnnotatorSwitched(Consumer<Annotator> listener) {
        annotatorSwitched = listener;
    }

    // ---- WorkbenchContext --------------------------------------------------------------------------------

    @Override
    public JFrame frame() {
        return frame;
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public Annotator annotator() {
        return model.annotator();
    }

    @Override
    public void reload() {
        Optional<Long> open = model.article().map(a -> a.id());
        loadArticles(open.orElse(null));
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /** Reads the article list; then opens {@code openId}, or the first article if none is open. */
    void loadArticles(Long openId) {
        LabelingService service = model.service();
        background.run(service::overview, rows -> {
            if (service != model.service()) {
                return; // the annotator changed meanwhile
            }
            model.setRows(rows);
            Long target = openId != null ? openId : model.article().map(a -> a.id()).orElse(null);
            if (target == null && !rows.isEmpty()) {
                target = rows.get(0).id();
            }
            if (target != null) {
                openArticle(target);
            }
        }, this::failed);
    }

    void openArticle(long articleId) {
        int ticket = ++generation;
        LabelingService service = model.service();
        boolean withOthers = model.showOthers();
        background.run(() -> new Loaded(service.open(articleId),
                        withOthers ? service.othersSpans(articleId) : List.of(),
                        withOthers ? service.annotatorNames() : Map.of()),
                loaded -> {
                    if (ticket == generation && service == model.service()) {
                        model.show(loaded.opened(), loaded.others(), loaded.names());
                        if (frame != null && !frame.isActive() && frame.isShowing()) {
                            frame.toFront(); // after a dialog, give the keyboard back to the window
                        }
                        text.requestFocusInWindow();
                    }
                }, this::failed);
    }

    private record Loaded(OpenedArticle opened, List<Span> others, Map<Long, String> names) {
    }

    void nextArticle(int step) {
        model.neighbour(step).ifPresent(this::openArticle);
    }

    void setShowOthers(boolean show) {
        model.setShowOthers(show);
        if (show) {
            model.article().ifPresent(a -> {
                LabelingService service = model.service();
                background.run(() -> new Loaded(null, service.othersSpans(a.id()), service.annotatorNames()),
                        loaded -> model.setOthers(a.id(), loaded.others(), loaded.names()), this::failed);
            });
        }
    }

    void switchAnnotator(Annotator annotator) {
        prefs.setAnnotator(annotator.name());
        model.switchService(new LabelingService(store, annotator));
        annotatorSwitched.accept(annotator);
        loadArticles(null);
    }

    private void failed(Exception e) {
        model.reportError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
    }

    // ---- edits -------------------------------------------------------------------------------------------

    void labelKey(String label) {
        if (model.labelKey(label, text.getSelectionStart(), text.getSelectionEnd())) {
            text.setCaretPosition(text.getSelectionEnd()); // drop the text selection: the span is selected now
        }
    }

    void deleteSelected() {
        model.deleteSelected();
    }

    void adjustSelected(BoundaryMove move) {
        if (model.adjustSelected(move)) {
            model.selectedSpan().ifPresent(text::reveal);
        }
    }

    void editNote() {
        model.selectedSpan().filter(s -> model.hasEditableSelection()).ifPresent(span -> {
            String spanText = model.article().map(a -> SpanTableModel.shorten(span.textIn(a.text()))).orElse("");
            NoteDialog.ask(frame, "Note for " + span.label() + " “" + spanText + "”:", span.note())
                    .ifPresent(model::editSelectedNote);
        });
    }

    void undo() {
        model.undo().ifPresent(this::showIfOther);
    }

    void redo() {
        model.redo().ifPresent(this::showIfOther);
    }

    /** After undo/redo on another article, go there so the annotator sees what changed. */
    private void showIfOther(long articleId) {
        if (model.article().map(a -> a.id() != articleId).orElse(true)) {
            openArticle(articleId);
        }
    }

    void toggleDone() {
        model.toggleDone();
    }

    void reveal(Span span) {
        text.reveal(span);
    }

    /** Click in the text without dragging: select the span under the mouse (or none). */
    void clickedAt(int offset) {
        Optional<Span> span = model.spanAt(offset);
        if (span.isPresent()) {
            model.selectSpan(span.get().id());
        } else {
            model.clearSpanSelection();
        }
    }

    void zoom(float factor) {
        if (factor == 0) {
            text.setZoom(1f);
        } else {
            text.zoomBy(factor);
        }
        prefs.setZoom(text.zoom());
    }

    void setSnapToWords(boolean snap) {
        model.setSnapToWords(snap);
        prefs.setSnapToWords(snap);
    }
}
