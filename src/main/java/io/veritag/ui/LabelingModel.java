package io.veritag.ui;

import io.veritag.model.Annotator;
import io.veritag.model.Article;
import io.veritag.model.ArticleStatus;
import io.veritag.model.Guideline;
import io.veritag.model.Label;
import io.veritag.model.Link;
import io.veritag.model.LinkType;
import io.veritag.model.SourceType;
import io.veritag.model.Span;
import io.veritag.service.ArticleRow;
import io.veritag.service.BoundaryMove;
import io.veritag.service.LabelingException;
import io.veritag.service.LabelingProgress;
import io.veritag.service.LabelingService;
import io.veritag.service.OpenedArticle;
import io.veritag.service.SpanChange;
import io.veritag.ui.kit.UiExecutor;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The presentation model of the workbench: the article list, the open article with the annotator's spans,
 * the selected span, the toggles and the "saved" state. It holds no Swing component, so it is tested without
 * a window; the panels listen to it and the actions call it. All calls happen on one thread (the EDT).
 *
 * <p>Edits go through the executor's ordered queue: a change is shown (and "Saved") only when its commit has
 * returned; until then the model is busy ("Saving…").
 */
final class LabelingModel {
    static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingLong(Span::id);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What changed, so each view repaints only what it shows. */
    enum Aspect { ARTICLES, ARTICLE, SPANS, SELECTION, OTHERS, STATE }

    private final UiExecutor executor;
    private LabelingService service;
    private final List<Consumer<Aspect>> listeners = new CopyOnWriteArrayList<>();

    private List<ArticleRow> rows = List.of();
    private List<ArticleRow> visibleRows = List.of();
    private String filter = "";
    /** The lower-case filter {@link #visibleRows} was made for (null: not made for these rows yet). */
    private String shownFilter;
    /** Indexes into {@link #rows} of the visible rows when filtered (null: all rows). */
    private int[] visibleIndexes;
    /** Made when first needed, dropped when the rows change: */
    private String[] haystacks;
    private Map<Long, Integer> rowIndex;
    private Map<Long, Integer> visibleIndex;
    private LabelingProgress progress;

    private Article article;
    private ArticleStatus status = ArticleStatus.TODO;
    private final List<Span> spans = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Map<String, Guideline> guidelines = Map.of();
    private List<Span> others = List.of();
    private List<Long> viewOrder;
    private long warnedDone = -1;
    private boolean lastWarned;
    private Map<Long, String> annotatorNames = Map.of();
    private long selectedSpanId = -1;

    private boolean showOthers;
    private boolean snapToWords = true;
    private String savedText = "Every change is saved as you make it";
    private boolean lastFailed;
    private int pendingEdits;
    private History history = History.EMPTY;

    /** The undo and redo descriptions after the last commit (the history lives with the service's thread). */
    private record History(Optional<String> undo, Optional<String> redo) {
        static final History EMPTY = new History(Optional.empty(), Optional.empty());

        static History of(LabelingService service) {
            return new History(service.undoDescription(), service.redoDescription());
        }
    }

    /** What an edit gives back from the executor's thread: the change (null if nothing changed) and the history. */
    private record Committed(SpanChange change, History history) {
    }

    LabelingModel(LabelingService service, UiExecutor executor) {
        this.executor = executor;
        this.service = service;
    }

    // ---- annotator ---------------------------------------------------------------------------------------

    LabelingService service() {
        return service;
    }

    Annotator annotator() {
        return service.annotator();
    }

    private void setRowsQuietly(List<ArticleRow> newRows) {
        rows = List.copyOf(newRows);
        visibleRows = rows;
        visibleIndexes = null;
        rowIndex = null;
        haystacks = null;
        visibleIndex = null;
        progress = null;
        shownFilter = null;
    }

    /** Switches to another annotator's service: the list is reloaded by the caller, the article is closed. */
    void switchService(LabelingService newService) {
        service = newService;
        history = History.EMPTY;
        setRowsQuietly(List.of());
        closeArticle();
        savedText = "Labeling as " + newService.annotator().name();
        lastFailed = false;
        fire(Aspect.ARTICLES);
        fire(Aspect.STATE);
    }

    List<Label> labels() {
        return service.labels();
    }

    /** The three labels and the source label: everything a span can be, for colours and legends. */
    List<Label> allLabels() {
        List<Label> all = new ArrayList<>(service.labels());
        all.add(service.sourceLabel());
        return all;
    }

    Label sourceLabel() {
        return service.sourceLabel();
    }

    /** The current guideline of each label and link type (loaded in the background at start). */
    void setGuidelines(List<Guideline> current) {
        Map<String, Guideline> bySubject = new LinkedHashMap<>();
        current.forEach(g -> bySubject.put(g.subject(), g));
        guidelines = bySubject;
        fire(Aspect.STATE);
    }

    Optional<Guideline> guideline(String subject) {
        return Optional.ofNullable(guidelines.get(subject));
    }

    List<Guideline> guidelines() {
        return List.copyOf(guidelines.values());
    }

    Optional<Label> label(String name) {
        return service.label(name);
    }

    // ---- article list ------------------------------------------------------------------------------------
    // A desk's archive is 100,000 rows: every call a key or an article change makes is O(1) or one pass over
    // strings made once (issue 17), never a list rebuilt per call.

    void setRows(List<ArticleRow> newRows) {
        rows = List.copyOf(newRows);
        rowIndex = null;
        haystacks = null;
        progress = null;
        shownFilter = null;
        refilter();
    }

    List<ArticleRow> visibleRows() {
        return visibleRows;
    }

    String filter() {
        return filter;
    }

    /** Keeps the rows whose title, source, id or status contain every word of the filter (any case). */
    void setFilter(String text) {
        filter = text == null ? "" : text.strip();
        refilter();
    }

    private void refilter() {
        String query = filter.toLowerCase(Locale.ROOT);
        if (query.equals(shownFilter)) {
            return; // a space typed after a word: the same rows
        }
        if (query.isEmpty()) {
            visibleRows = rows; // no per-row work on every edit when nothing is filtered
            visibleIndexes = null;
        } else {
            String[] words = query.split("\\s+");
            String[] hay = haystacks();
            // typing on narrows: a filter that extends the shown one keeps a subset of its rows, so only those are tried
            int[] candidates = shownFilter != null && !shownFilter.isEmpty() && query.startsWith(shownFilter)
                    ? visibleIndexes : null;
            int count = candidates == null ? rows.size() : candidates.length;
            int[] kept = new int[count];
            int found = 0;
            for (int c = 0; c < count; c++) {
                int i = candidates == null ? c : candidates[c];
                if (containsAll(hay[i], words)) {
                    kept[found++] = i;
                }
            }
            visibleIndexes = java.util.Arrays.copyOf(kept, found);
            ArticleRow[] shown = new ArticleRow[found];
            for (int k = 0; k < found; k++) {
                shown[k] = rows.get(visibleIndexes[k]);
            }
            visibleRows = List.of(shown);
        }
        shownFilter = query;
        visibleIndex = null;
        fire(Aspect.ARTICLES);
    }

    private static boolean containsAll(String hay, String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** What the filter looks in, per row, lower case: made at the first filtered key, kept until the rows change. */
    private String[] haystacks() {
        if (haystacks == null) {
            haystacks = new String[rows.size()];
            for (int i = 0; i < haystacks.length; i++) {
                haystacks[i] = haystack(rows.get(i));
            }
        }
        return haystacks;
    }

    private static String haystack(ArticleRow r) {
        return (r.title() + " " + (r.source() == null ? "" : r.source()) + " " + r.externalId() + " "
                + r.status().key().replace('_', ' ')).toLowerCase(Locale.ROOT);
    }

    LabelingProgress progress() {
        if (progress == null) {
            progress = LabelingProgress.of(rows);
        }
        return progress;
    }

    int articleCount() {
        return rows.size();
    }

    /** "Article 3 of 40" (position in the whole list), or empty if none is open. */
    String position() {
        if (article == null) {
            return "No article open";
        }
        Integer i = rowIndex().get(article.id());
        return i == null ? "Article" : "Article " + (i + 1) + " of " + rows.size();
    }

    private Map<Long, Integer> rowIndex() {
        if (rowIndex == null) {
            rowIndex = indexOf(rows.size(), i -> rows.get(i).id());
        }
        return rowIndex;
    }

    private static Map<Long, Integer> indexOf(int size, java.util.function.IntToLongFunction id) {
        Map<Long, Integer> index = new java.util.HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            index.putIfAbsent(id.applyAsLong(i), i);
        }
        return index;
    }

    /** The article after (+1) or before (-1) the open one in the visible list, in the order it is shown. */
    Optional<Long> neighbour(int step) {
        boolean sorted = viewOrder != null && viewOrder.size() == visibleRows.size();
        int size = visibleRows.size();
        if (size == 0) {
            return Optional.empty();
        }
        java.util.function.IntToLongFunction idAt = sorted ? viewOrder::get : i -> visibleRows.get(i).id();
        if (article == null) {
            return Optional.of(idAt.applyAsLong(0));
        }
        if (visibleIndex == null) {
            visibleIndex = !sorted && visibleRows == rows ? rowIndex() : indexOf(size, idAt);
        }
        Integer i = visibleIndex.get(article.id());
        if (i == null) {
            return Optional.of(idAt.applyAsLong(0));
        }
        int j = i + step;
        return j >= 0 && j < size ? Optional.of(idAt.applyAsLong(j)) : Optional.empty();
    }

    /**
     * The listed articles in the order the list shows them when it is sorted by a column (next and previous follow
     * it); null when it shows them as loaded (the visible rows' own order).
     */
    void setViewOrder(List<Long> ids) {
        List<Long> order = ids == null ? null : List.copyOf(ids);
        if (!java.util.Objects.equals(order, viewOrder)) {
            viewOrder = order;
            visibleIndex = null;
        }
    }

    // ---- open article ------------------------------------------------------------------------------------

    /** Shows an article loaded in the background (with the others' spans if they are shown). */
    void show(OpenedArticle opened, List<Span> othersSpans, Map<Long, String> names) {
        article = opened.article();
        status = opened.status();
        spans.clear();
        spans.addAll(opened.spans());
        spans.sort(BY_POSITION);
        links.clear();
        links.addAll(opened.links());
        others = sortedCopy(othersSpans);
        annotatorNames = Map.copyOf(names);
        selectedSpanId = -1;
        updateRow(article.id(), r -> r.withStatus(status).withSpanCount(spans.size()));
        fire(Aspect.ARTICLE);
        fire(Aspect.STATE);
    }

    void closeArticle() {
        article = null;
        spans.clear();
        links.clear();
        others = List.of();
        selectedSpanId = -1;
        fire(Aspect.ARTICLE);
    }

    Optional<Article> article() {
        return Optional.ofNullable(article);
    }

    ArticleStatus status() {
        return status;
    }

    /** The annotator's spans in the open article, by start. */
    List<Span> spans() {
        return List.copyOf(spans);
    }

    /** The annotator's links in the open article. */
    List<Link> links() {
        return List.copyOf(links);
    }

    /** One of my spans by id. */
    Optional<Span> mySpan(long spanId) {
        return spans.stream().filter(s -> s.id() == spanId).findFirst();
    }

    /** The other annotators' spans (empty unless shown), by start. */
    List<Span> others() {
        return showOthers ? others : List.of();
    }

    String annotatorName(long annotatorId) {
        return annotatorNames.getOrDefault(annotatorId, "annotator " + annotatorId);
    }

    /** Count of my spans per label, in label order, including zeros. */
    Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Label l : labels()) {
            counts.put(l.name(), 0);
        }
        for (Span s : spans) {
            counts.merge(s.label(), 1, Integer::sum);
        }
        return counts;
    }

    // ---- selection ---------------------------------------------------------------------------------------

    Optional<Span> selectedSpan() {
        return spans.stream().filter(s -> s.id() == selectedSpanId).findFirst()
                .or(() -> others().stream().filter(s -> s.id() == selectedSpanId).findFirst());
    }

    /** True if the selected span is the annotator's own (so it can be edited). */
    boolean hasEditableSelection() {
        return spans.stream().anyMatch(s -> s.id() == selectedSpanId);
    }

    void selectSpan(long spanId) {
        if (spanId != selectedSpanId) {
            selectedSpanId = spanId;
            fire(Aspect.SELECTION);
        }
    }

    void clearSpanSelection() {
        selectSpan(-1);
    }

    /** The innermost (shortest) of my spans at an offset, else of the others' if shown. */
    Optional<Span> spanAt(int offset) {
        Comparator<Span> shortest = Comparator.comparingInt(Span::length);
        Optional<Span> mine = spans.stream().filter(s -> s.contains(offset)).min(shortest);
        return mine.isPresent() ? mine : others().stream().filter(s -> s.contains(offset)).min(shortest);
    }

    // ---- toggles -----------------------------------------------------------------------------------------

    boolean showOthers() {
        return showOthers;
    }

    /** Shows or hides the others' spans; the caller loads them ({@link #setOthers}) when shown. */
    void setShowOthers(boolean show) {
        showOthers = show;
        if (!show && selectedSpan().map(s -> s.annotatorId() != annotator().id()).orElse(false)) {
            selectedSpanId = -1;
            fire(Aspect.SELECTION);
        }
        fire(Aspect.OTHERS);
        fire(Aspect.STATE);
    }

    void setOthers(long articleId, List<Span> othersSpans, Map<Long, String> names) {
        if (article != null && article.id() == articleId) {
            others = sortedCopy(othersSpans);
            annotatorNames = Map.copyOf(names);
            fire(Aspect.OTHERS);
        }
    }

    boolean snapToWords() {
        return snapToWords;
    }

    void setSnapToWords(boolean snap) {
        snapToWords = snap;
        fire(Aspect.STATE);
    }

    // ---- edits -------------------------------------------------------------------------------------------

    /**
     * A label key: with text selected, creates a span over it; otherwise relabels the selected span.
     * Returns true if the edit was submitted; it is shown when committed.
     */
    boolean labelKey(String label, int selectionStart, int selectionEnd) {
        return labelKey(label, selectionStart, selectionEnd, () -> { });
    }

    /** As {@link #labelKey(String, int, int)}; {@code afterSaved} runs once the change is committed and shown. */
    boolean labelKey(String label, int selectionStart, int selectionEnd, Runnable afterSaved) {
        if (article == null) {
            return fail("Open an article first");
        }
        if (selectionStart != selectionEnd) {
            int start = Math.min(selectionStart, selectionEnd);
            int end = Math.max(selectionStart, selectionEnd);
            Article open = article;
            boolean snap = snapToWords;
            return run(s -> s.createSpan(open, start, end, label, snap), change -> afterSaved.run());
        }
        if (hasEditableSelection()) {
            long spanId = selectedSpanId;
            return run(s -> s.relabel(spanId, label).orElse(null), change -> afterSaved.run());
        }
        return fail("Select some text (or click one of your spans) first");
    }

    boolean deleteSelected() {
        long spanId = selectedSpanId;
        return hasEditableSelection() && run(s -> s.delete(spanId), null);
    }

    boolean editSelectedNote(String note) {
        long spanId = selectedSpanId;
        return hasEditableSelection() && run(s -> s.editNote(spanId, note).orElse(null), null);
    }

    /** Moves a boundary of the selected span; {@code afterSaved} runs once the move is committed and shown. */
    boolean adjustSelected(BoundaryMove move, Runnable afterSaved) {
        long spanId = selectedSpanId;
        Article open = article;
        return hasEditableSelection() && open != null
                && run(s -> s.adjust(open, spanId, move).orElse(null), change -> afterSaved.run());
    }

    /**
     * S: with text selected, creates a source span of that type over it, linked SAID_BY from the selected span
     * (if one of my labeled spans is selected); with no text selected, changes the selected source's type.
     */
    boolean sourceKey(SourceType type, int selectionStart, int selectionEnd, Runnable afterSaved) {
        if (article == null) {
            return fail("Open an article first");
        }
        if (selectionStart != selectionEnd) {
            int start = Math.min(selectionStart, selectionEnd);
            int end = Math.max(selectionStart, selectionEnd);
            Article open = article;
            boolean snap = snapToWords;
            Long statement = selectedSpan().filter(s -> hasEditableSelection() && !s.isSource()).map(Span::id).orElse(null);
            return run(s -> s.createSource(open, start, end, type, statement, snap), change -> afterSaved.run());
        }
        if (hasEditableSelection() && selectedSpan().map(Span::isSource).orElse(false)) {
            long spanId = selectedSpanId;
            return run(s -> s.setSourceType(spanId, type).orElse(null), change -> afterSaved.run());
        }
        return fail("Select the source's words first (the selected span becomes what it said)");
    }

    /** Links two of my spans with that type (or unlinks them if they already are). */
    boolean toggleLink(long spanA, long spanB, LinkType type) {
        return run(s -> s.toggleLink(spanA, spanB, type), null);
    }

    /** U: marks the selected span unsure, or sure again. */
    boolean toggleUnsure() {
        Optional<Span> span = selectedSpan().filter(s -> hasEditableSelection());
        if (span.isEmpty()) {
            return fail("Click one of your spans first");
        }
        long spanId = span.get().id();
        boolean unsure = !span.get().unsure();
        return run(s -> s.setUnsure(spanId, unsure).orElse(null), null);
    }

    /** Reports a problem of a command in the status bar. */
    boolean refuse(String message) {
        return fail(message);
    }

    /** Shows what a mode is doing in the status bar (not an error). */
    void notice(String message) {
        savedText = message;
        lastFailed = false;
        lastWarned = false;
        fire(Aspect.STATE);
    }

    /** Ctrl+Enter: marks the open article done (or back to in progress if it already is). */
    boolean toggleDone() {
        if (article == null) {
            return false;
        }
        ArticleStatus next = status == ArticleStatus.DONE
                ? (spans.isEmpty() ? ArticleStatus.TODO : ArticleStatus.IN_PROGRESS)
                : ArticleStatus.DONE;
        long id = article.id();
        return run(s -> s.setStatus(id, next).orElse(null), null);
    }

    boolean canUndo() {
        return history.undo().isPresent();
    }

    boolean canRedo() {
        return history.redo().isPresent();
    }

    String undoName() {
        return history.undo().map(d -> "Undo " + d).orElse("Undo");
    }

    String redoName() {
        return history.redo().map(d -> "Redo " + d).orElse("Redo");
    }

    /** Undoes the last edit; once committed, {@code touched} gets the article it changed, so the window can show it. */
    boolean undo(LongConsumer touched) {
        return canUndo() && run(LabelingService::undo, undoneOrRedone("undid ", history.undo(), touched));
    }

    boolean redo(LongConsumer touched) {
        return canRedo() && run(LabelingService::redo, undoneOrRedone("redid ", history.redo(), touched));
    }

    /** The change itself describes the edit; the status bar says that it was undone or redone. */
    private Consumer<SpanChange> undoneOrRedone(String verb, Optional<String> edit, LongConsumer touched) {
        String what = edit.orElse("the last edit");
        return change -> {
            savedText = "Saved " + LocalTime.now().format(CLOCK) + " (" + verb + what + ")";
            fire(Aspect.STATE);
            touched.accept(change.articleId());
        };
    }

    /** True while an edit is on its way to the database. */
    boolean busy() {
        return pendingEdits > 0;
    }

    // ---- saved state -------------------------------------------------------------------------------------

    /** "Saved 14:02:11" after the last commit, or the last error. */
    String savedText() {
        return savedText;
    }

    boolean lastFailed() {
        return lastFailed;
    }

    /** Accepts suggestions of the open article: they become the annotator's spans (one undo step). */
    boolean acceptSuggestions(long articleId, List<io.veritag.suggest.Suggestion> suggestions) {
        return !suggestions.isEmpty() && run(s -> s.acceptSuggestions(articleId, suggestions), null);
    }

    /** A change to the annotator's claim clusters: saved, undoable and shown like every edit. */
    boolean clusterEdit(java.util.function.Function<io.veritag.service.ClaimClusters, SpanChange> edit) {
        return run(s -> edit.apply(s.claims()), null);
    }

    /** Reports an error that happened outside an edit (loading, opening). */
    void reportError(String message) {
        fail(message);
    }

    /** An edit of the service's, queued in order; false if it was not submitted. */
    private interface EditCall {
        SpanChange apply(LabelingService service);
    }

    /**
     * Queues an edit on the executor's ordered queue and shows it when its commit returns. {@code afterSaved}
     * (may be null) runs after a change was shown; nothing to change (same label, same note, impossible move)
     * shows nothing. Returns true: the edit was submitted.
     */
    private boolean run(EditCall edit, Consumer<SpanChange> afterSaved) {
        LabelingService submittedTo = service;
        Callable<Committed> commit = () -> {
            SpanChange change = edit.apply(submittedTo);
            return new Committed(change, History.of(submittedTo));
        };
        pendingEdits++;
        fire(Aspect.STATE);
        executor.write(commit, committed -> {
            pendingEdits--;
            if (submittedTo != service) {
                fire(Aspect.STATE);
                return; // the annotator changed meanwhile: that window state is gone
            }
            history = committed.history();
            if (committed.change() == null) {
                fire(Aspect.STATE);
                return;
            }
            apply(committed.change());
            if (afterSaved != null) {
                afterSaved.accept(committed.change());
            }
        }, e -> {
            pendingEdits--;
            fail(e instanceof LabelingException ? e.getMessage() : "Not saved: " + firstLine(e));
        });
        return true;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Whether the status line carries a warning about the last saved change (editing a done article). */
    boolean lastWarned() {
        return lastWarned;
    }

    private boolean fail(String message) {
        savedText = message;
        lastFailed = true;
        lastWarned = false;
        fire(Aspect.STATE);
        return false;
    }

    /** Applies a committed change from the service. */
    private void apply(SpanChange change) {
        savedText = "Saved " + LocalTime.now().format(CLOCK) + " (" + change.description() + ")";
        lastFailed = false;
        lastWarned = false;
        if (article != null && change.articleId() == article.id()) {
            for (Span gone : change.removed()) {
                spans.removeIf(s -> s.id() == gone.id());
            }
            spans.addAll(change.added());
            spans.sort(BY_POSITION);
            for (Link gone : change.linksRemoved()) {
                links.removeIf(l -> l.id() == gone.id());
            }
            links.addAll(change.linksAdded());
            if (change.status() != null) {
                status = change.status();
            } else if (status == ArticleStatus.DONE && warnedDone != article.id()) {
                // once per article: its agreement figures and any gold made from it no longer match what was finished
                warnedDone = article.id();
                savedText += " · This article is marked done: the change counts in agreement, and gold made from it is now out of date";
                lastWarned = true;
            }
            if (change.select() != null) {
                selectedSpanId = change.select().id();
            } else if (spans.stream().noneMatch(s -> s.id() == selectedSpanId)
                    && others().stream().noneMatch(s -> s.id() == selectedSpanId)) {
                selectedSpanId = -1;
            }
            int count = spans.size();
            ArticleStatus st = status;
            updateRow(article.id(), r -> r.withSpanCount(count).withStatus(st));
            fire(Aspect.SPANS);
            fire(Aspect.SELECTION);
        } else {
            int delta = change.added().size() - change.removed().size();
            updateRow(change.articleId(), r -> {
                ArticleRow counted = r.withSpanCount(Math.max(0, r.spanCount() + delta));
                return change.status() == null ? counted : counted.withStatus(change.status());
            });
        }
        fire(Aspect.STATE);
    }

    /** Replaces one row (found by id, O(1)): the list, the filter's text for it and the progress follow. */
    private void updateRow(long articleId, java.util.function.UnaryOperator<ArticleRow> update) {
        Integer i = rowIndex().get(articleId);
        if (i == null) {
            return;
        }
        ArticleRow old = rows.get(i);
        ArticleRow updated = update.apply(old);
        if (updated.equals(old)) {
            return;
        }
        ArticleRow[] copy = rows.toArray(new ArticleRow[0]);
        copy[i] = updated;
        rows = List.of(copy);
        if (haystacks != null) {
            haystacks[i] = haystack(updated);
        }
        progress = null;
        shownFilter = null; // the changed row may now match the filter, or no longer: filter again over all rows
        refilter();
    }

    private static List<Span> sortedCopy(List<Span> list) {
        List<Span> copy = new ArrayList<>(list);
        copy.sort(BY_POSITION);
        return List.copyOf(copy);
    }

    // ---- team server -------------------------------------------------------------------------------------

    private Map<Long, Integer> othersDone; // null until a team server reports it: no column then
    private Boolean online; // null on an own database, which has no server to lose

    /** How many other annotators have marked each article done (from the team server); fires ARTICLES. */
    void setOthersDone(Map<Long, Integer> counts) {
        othersDone = Map.copyOf(counts);
        fire(Aspect.ARTICLES);
    }

    /** Updates the counts of some articles only (after an announcement naming them); ignored before the first full read. */
    void updateOthersDone(Map<Long, Integer> counts) {
        if (othersDone == null) {
            return;
        }
        Map<Long, Integer> merged = new java.util.HashMap<>(othersDone);
        counts.forEach((id, count) -> {
            if (count == 0) {
                merged.remove(id);
            } else {
                merged.put(id, count);
            }
        });
        setOthersDone(merged);
    }

    /** Others' done counts by article; empty when not on a team server (or not read yet). */
    Optional<Map<Long, Integer>> othersDone() {
        return Optional.ofNullable(othersDone);
    }

    /** Whether the team server can be reached now; fires STATE. */
    void setOnline(boolean reachable) {
        online = reachable;
        fire(Aspect.STATE);
    }

    /** Whether the team server can be reached; empty on an own database. */
    Optional<Boolean> online() {
        return Optional.ofNullable(online);
    }

    // ---- listeners ---------------------------------------------------------------------------------------

    void addListener(Consumer<Aspect> listener) {
        listeners.add(listener);
    }

    private void fire(Aspect aspect) {
        for (Consumer<Aspect> l : listeners) {
            l.accept(aspect);
        }
    }
}
