package io.veritag.ui;

import io.veritag.ui.kit.WorkbenchContext;
import io.veritag.model.Annotator;
import io.veritag.model.Span;
import io.veritag.service.BoundaryMove;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.service.Workspace;
import io.veritag.ui.kit.UiExecutor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JFrame;

/**
 * What the actions do: reads and edits through the executor (never on the EDT), edits through the model,
 * dialogs for notes. Also the {@link WorkbenchContext} the other windows get.
 */
final class WorkbenchController implements WorkbenchContext {
    private final Workspace workspace;
    private final UiExecutor executor;
    private final LabelingModel model;
    private final WorkbenchPrefs prefs;
    private final ArticleTextArea text = new ArticleTextArea();
    private JFrame frame;
    private int generation;
    private Consumer<Annotator> annotatorSwitched = a -> { };

    /** @param labeling the first annotator's labeling, made off the EDT ({@link Workspace#labeling} reads) */
    WorkbenchController(Workspace workspace, LabelingService labeling, WorkbenchPrefs prefs, UiExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        this.prefs = prefs;
        this.model = new LabelingModel(labeling, executor);
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

    void onAnnotatorSwitched(Consumer<Annotator> listener) {
        annotatorSwitched = listener;
    }

    // ---- WorkbenchContext --------------------------------------------------------------------------------

    @Override
    public JFrame frame() {
        return frame;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public UiExecutor executor() {
        return executor;
    }

    @Override
    public Annotator annotator() {
        return model.annotator();
    }

    @Override
    public io.veritag.ui.kit.WindowLayout layout(String window) {
        return prefs.layout(window);
    }

    @Override
    public void reload() {
        Optional<Long> open = model.article().map(a -> a.id());
        loadArticles(open.orElse(null));
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /**
     * Reads the article list; then opens {@code openId}, or the first article if none is open. Reads that
     * must see the edits before them go through the executor's ordered queue.
     */
    void loadArticles(Long openId) {
        loadArticles(openId, () -> { });
    }

    /** {@link #loadArticles(Long)}, then {@code listed} once the list shows the rows (start-up's timeline). */
    void loadArticles(Long openId, Runnable listed) {
        LabelingService service = model.service();
        executor.write(service::overview, rows -> {
            if (service != model.service()) {
                return; // the annotator changed meanwhile
            }
            model.setRows(rows);
            listed.run();
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
        openArticle(articleId, () -> { });
    }

    /** Opens the article, then runs {@code then} on the EDT (a search result selecting its match). */
    void openArticle(long articleId, Runnable then) {
        if (model.article().map(a -> a.id() == articleId).orElse(false)) {
            then.run();
            return;
        }
        int ticket = ++generation;
        LabelingService service = model.service();
        boolean withOthers = model.showOthers();
        executor.write(() -> new Loaded(service.open(articleId),
                        withOthers ? service.othersSpans(articleId) : List.of(),
                        withOthers ? service.annotatorNames() : Map.of()),
                loaded -> {
                    if (ticket == generation && service == model.service()) {
                        model.show(loaded.opened(), loaded.others(), loaded.names());
                        if (frame != null && !frame.isActive() && frame.isShowing()) {
                            frame.toFront(); // after a dialog, give the keyboard back to the window
                        }
                        text.requestFocusInWindow();
                        then.run();
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
                executor.read(() -> new Loaded(null, service.othersSpans(a.id()), service.annotatorNames()),
                        loaded -> model.setOthers(a.id(), loaded.others(), loaded.names()), this::failed);
            });
        }
    }

    /** Switches to the annotator of that name (created if new), once their labeling is ready. */
    void switchAnnotator(String name) {
        executor.write(() -> workspace.labeling(workspace.catalog().annotator(name)), labeling -> {
            prefs.setAnnotator(labeling.annotator().name());
            model.switchService(labeling);
            annotatorSwitched.accept(labeling.annotator());
            loadArticles(null);
        }, this::failed);
    }

    private void failed(Exception e) {
        model.reportError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
    }

    // ---- edits -------------------------------------------------------------------------------------------

    void labelKey(String label) {
        // once saved, drop the text selection: the span is selected now (a refused span keeps the selection)
        model.labelKey(label, text.getSelectionStart(), text.getSelectionEnd(),
                () -> text.setCaretPosition(text.getSelectionEnd()));
    }

    void deleteSelected() {
        model.deleteSelected();
    }

    void adjustSelected(BoundaryMove move) {
        model.adjustSelected(move, () -> model.selectedSpan().ifPresent(text::reveal));
    }

    void editNote() {
        model.selectedSpan().filter(s -> model.hasEditableSelection()).ifPresent(span -> {
            String spanText = model.article().map(a -> SpanTableModel.shorten(span.textIn(a.text()))).orElse("");
            NoteDialog.ask(frame, "Note for " + span.label() + " “" + spanText + "”:", span.note())
                    .ifPresent(model::editSelectedNote);
        });
    }

    void undo() {
        model.undo(this::showIfOther);
    }

    void redo() {
        model.redo(this::showIfOther);
    }

    /** After undo/redo on another article, go there so the annotator sees what changed. */
    private void showIfOther(long articleId) {
        if (articleId > 0 && model.article().map(a -> a.id() != articleId).orElse(true)) {
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
